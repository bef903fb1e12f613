// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "actioncategory.h"

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

Status normalizeStatus(QStringView raw)
{
    const QStringView s = raw.trimmed();
    if (s.isEmpty())
        return Status::Unknown;
    if (equalsAny(s, {u"success", u"succeeded", u"successful", u"ok", u"true", u"1", u"200", u"201", u"204"}))
        return Status::Success;
    if (equalsAny(s, {u"failure", u"failed", u"fail", u"false", u"0", u"denied", u"rejected", u"unauthorized",
                      u"forbidden", u"401", u"403"}))
        return Status::Failure;
    if (equalsAny(s, {u"error", u"errored", u"exception", u"critical", u"500"}))
        return Status::Error;
    return Status::Unknown;
}

QString statusName(Status status)
{
    return QString::fromLatin1(kStatusNames.at(static_cast<size_t>(status)));
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
