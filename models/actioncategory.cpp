// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "actioncategory.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <array>
#include <initializer_list>

namespace AuditLens::Actions {
namespace {

using Words = QVarLengthArray<QStringView, 8>;

bool isSeparator(QChar c)
{
    return c == u'_' || c == u'.' || c == u'-' || c == u':' || c.isSpace();
}

Words splitWords(QStringView action)
{
    Words words;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= action.size(); ++i) {
        const bool end = i == action.size() || isSeparator(action.at(i));
        if (end) {
            if (start >= 0)
                words.append(action.mid(start, i - start));
            start = -1;
        } else if (start < 0) {
            start = i;
        }
    }
    return words;
}

bool equalsAny(QStringView text, std::initializer_list<const char16_t *> list)
{
    for (const char16_t *candidate : list) {
        if (text.compare(QStringView(candidate), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// RULES.md: "the action, or one of its words, is" one of the listed names.
bool matches(QStringView action, const Words &words, std::initializer_list<const char16_t *> list)
{
    if (equalsAny(action, list))
        return true;
    for (QStringView word : words) {
        if (equalsAny(word, list))
            return true;
    }
    return false;
}

} // namespace

Category categorize(QStringView action)
{
    action = action.trimmed();
    const Words words = splitWords(action);
    if (matches(action, words, {u"login", u"logout", u"signin", u"signout", u"login_failed", u"failed_login",
                                u"password_change", u"password_reset"}))
        return Category::Auth;
    if (matches(action, words, {u"delete", u"deleted", u"remove", u"removed", u"destroy", u"destroyed"})
        || equalsAny(action, {u"d"}))
        return Category::Delete;
    if (matches(action, words, {u"create", u"created", u"insert", u"inserted", u"add", u"added"})
        || equalsAny(action, {u"i", u"c"}))
        return Category::Create;
    if (matches(action, words, {u"update", u"updated", u"modify", u"modified", u"edit", u"edited", u"change",
                                u"changed"})
        || equalsAny(action, {u"u"}))
        return Category::Update;
    if (matches(action, words, {u"sync", u"sync_push", u"push"}))
        return Category::Sync;
    if (matches(action, words, {u"read", u"view", u"viewed", u"access", u"accessed", u"export", u"exported",
                                u"download"}))
        return Category::Read;
    return Category::Other;
}

namespace {
constexpr std::array<const char *, 7> kCategoryNames = {"auth", "delete", "create", "update", "sync", "read", "other"};
constexpr std::array<const char *, 4> kStatusNames = {"success", "failure", "error", "unknown"};
constexpr std::array<const char *, 7> kCategoryTitles = {
    QT_TRANSLATE_NOOP("AuditLens::Actions", "auth"),   QT_TRANSLATE_NOOP("AuditLens::Actions", "delete"),
    QT_TRANSLATE_NOOP("AuditLens::Actions", "create"), QT_TRANSLATE_NOOP("AuditLens::Actions", "update"),
    QT_TRANSLATE_NOOP("AuditLens::Actions", "sync"),   QT_TRANSLATE_NOOP("AuditLens::Actions", "read"),
    QT_TRANSLATE_NOOP("AuditLens::Actions", "other")};
constexpr std::array<const char *, 4> kStatusTitles = {
    QT_TRANSLATE_NOOP("AuditLens::Actions", "success"), QT_TRANSLATE_NOOP("AuditLens::Actions", "failure"),
    QT_TRANSLATE_NOOP("AuditLens::Actions", "error"), QT_TRANSLATE_NOOP("AuditLens::Actions", "unknown")};
} // namespace

QString categoryName(Category category)
{
    return QString::fromLatin1(kCategoryNames.at(static_cast<size_t>(category)));
}

Category categoryFromName(QStringView name, bool *ok)
{
    for (size_t i = 0; i < kCategoryNames.size(); ++i) {
        if (name.compare(QLatin1String(kCategoryNames[i]), Qt::CaseInsensitive) == 0) {
            if (ok)
                *ok = true;
            return static_cast<Category>(i);
        }
    }
    if (ok)
        *ok = false;
    return Category::Other;
}

QStringList statusSpellings(Status status)
{
    switch (status) {
    case Status::Success:
        return {QStringLiteral("success"), QStringLiteral("succeeded"), QStringLiteral("successful"),
                QStringLiteral("ok"), QStringLiteral("true"), QStringLiteral("1"), QStringLiteral("200"),
                QStringLiteral("201"), QStringLiteral("204")};
    case Status::Failure:
        return {QStringLiteral("failure"), QStringLiteral("failed"), QStringLiteral("fail"), QStringLiteral("false"),
                QStringLiteral("0"), QStringLiteral("denied"), QStringLiteral("rejected"),
                QStringLiteral("unauthorized"), QStringLiteral("forbidden"), QStringLiteral("401"),
                QStringLiteral("403")};
    case Status::Error:
        return {QStringLiteral("error"), QStringLiteral("errored"), QStringLiteral("exception"),
                QStringLiteral("critical"), QStringLiteral("500")};
    case Status::Unknown:
        break;
    }
    return {};
}

Status normalizeStatus(QStringView raw)
{
    const QStringView s = raw.trimmed();
    for (Status status : {Status::Success, Status::Failure, Status::Error}) {
        for (const QString &spelling : statusSpellings(status)) {
            if (s.compare(spelling, Qt::CaseInsensitive) == 0)
                return status;
        }
    }
    return Status::Unknown;
}

QString statusName(Status status)
{
    return QString::fromLatin1(kStatusNames.at(static_cast<size_t>(status)));
}

QString categoryTitle(Category category)
{
    return QCoreApplication::translate("AuditLens::Actions", kCategoryTitles.at(static_cast<size_t>(category)));
}

QString statusTitle(Status status)
{
    return QCoreApplication::translate("AuditLens::Actions", kStatusTitles.at(static_cast<size_t>(status)));
}

bool hasWord(QStringView action, QStringView word)
{
    for (QStringView w : splitWords(action)) {
        if (w.compare(word, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isFailedLogin(QStringView action, Category category, Status status)
{
    const QStringView trimmed = action.trimmed();
    if (equalsAny(trimmed, {u"login_failed", u"failed_login"}))
        return true;
    return category == Category::Auth && status == Status::Failure
        && (hasWord(trimmed, u"login") || hasWord(trimmed, u"signin"));
}

bool isSuccessfulLogin(QStringView action, Category category, Status status)
{
    const QStringView trimmed = action.trimmed();
    return category == Category::Auth && (hasWord(trimmed, u"login") || hasWord(trimmed, u"signin"))
        && !isFailedLogin(trimmed, category, status) && status != Status::Failure && status != Status::Error;
}

} // namespace AuditLens::Actions
