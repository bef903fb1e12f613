// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "structuredtext.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>

namespace AuditLens::StructuredText {
namespace {

constexpr int kMaxDepth = 64;

struct Line {
    int indent = 0;
    QString text; // without its indent and trailing white space
};

// ---- scalars -----------------------------------------------------------------------------

// A double-quoted YAML scalar's or hstore string's escapes; *end is the index after the quote.
std::optional<QString> readQuoted(QStringView s, qsizetype start, qsizetype *end, bool yamlEscapes)
{
    const QChar quote = s.at(start);
    QString out;
    for (qsizetype i = start + 1; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (quote == u'\'' && c == u'\'') {
            if (i + 1 < s.size() && s.at(i + 1) == u'\'') {
                out += u'\'';
                ++i;
                continue;
            }
            *end = i + 1;
            return out;
        }
        if (quote == u'"' && c == u'"') {
            *end = i + 1;
            return out;
        }
        if (quote == u'"' && c == u'\\' && i + 1 < s.size()) {
            const QChar e = s.at(++i);
            if (!yamlEscapes) {
                out += e;
                continue;
            }
            switch (e.unicode()) {
            case 'n': out += u'\n'; break;
            case 't': out += u'\t'; break;
            case 'r': out += u'\r'; break;
            case '0': out += QChar(0); break;
            case 'x':
            case 'u': {
                const int digits = e == u'x' ? 2 : 4;
                bool ok = false;
                const uint code = s.mid(i + 1, digits).toUInt(&ok, 16);
                if (ok && i + digits < s.size()) {
                    out += QChar(char16_t(code));
                    i += digits;
                } else {
                    out += e;
                }
                break;
            }
            default: out += e; break;
            }
            continue;
        }
        out += c;
    }
    return std::nullopt;
}

QJsonValue plainScalar(QString text, const QString &tag)
{
    text = text.trimmed();
    if (tag.contains(QLatin1String("BigDecimal"))) {
        // Ruby marshals a BigDecimal as "precision:value", e.g. 18:0.15e3 for 150.
        bool ok = false;
        const double v = text.mid(text.indexOf(u':') + 1).toDouble(&ok);
        if (ok)
            return v;
    }
    if (text.isEmpty() || text == u'~' || text.compare(QLatin1String("null"), Qt::CaseInsensitive) == 0)
        return QJsonValue::Null;
    if (text == QLatin1String("true") || text == QLatin1String("True") || text == QLatin1String("TRUE"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("False") || text == QLatin1String("FALSE"))
        return false;
    static const QRegularExpression number(QStringLiteral(R"(^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$)"));
    // Integers longer than a double keeps exactly stay text.
    if (number.match(text).hasMatch() && text.size() <= 15) {
        bool ok = false;
        const double v = text.toDouble(&ok);
        if (ok)
            return v;
    }
    return text;
}

QString stripComment(const QString &plain)
{
    const qsizetype hash = plain.indexOf(QLatin1String(" #"));
    return hash >= 0 ? plain.left(hash) : plain;
}

// A scalar as written after "key:" or "- ": quoted, or plain.
QJsonValue scalar(const QString &text, const QString &tag)
{
    if (!text.isEmpty() && (text.at(0) == u'"' || text.at(0) == u'\'')) {
        qsizetype end = 0;
        const std::optional<QString> q = readQuoted(text, 0, &end, true);
        if (q && QStringView(text).mid(end).trimmed().isEmpty())
            return *q;
    }
    return plainScalar(stripComment(text), tag);
}

// Takes a leading tag ("!ruby/object:BigDecimal") off *text and returns it.
QString takeTag(QString *text)
{
    if (!text->startsWith(u'!'))
        return {};
    const qsizetype space = text->indexOf(u' ');
    const QString tag = space < 0 ? *text : text->left(space);
    *text = space < 0 ? QString() : text->mid(space + 1).trimmed();
    return tag;
}

// ---- flow collections --------------------------------------------------------------------

class FlowParser
{
public:
    explicit FlowParser(QStringView s) : m_s(s) {}

    std::optional<QJsonValue> parseAll()
    {
        std::optional<QJsonValue> v = value(0);
        skipSpace();
        if (!v || m_pos != m_s.size())
            return std::nullopt;
        return v;
    }
    // True when the brackets of the text close (used to gather a flow over several lines).
    static bool balanced(QStringView s)
    {
        int level = 0;
        QChar quote;
        for (qsizetype i = 0; i < s.size(); ++i) {
            const QChar c = s.at(i);
            if (!quote.isNull()) {
                if (c == u'\\' && quote == u'"')
                    ++i;
                else if (c == quote)
                    quote = QChar();
            } else if (c == u'"' || c == u'\'') {
                quote = c;
            } else if (c == u'[' || c == u'{') {
                ++level;
            } else if (c == u']' || c == u'}') {
                --level;
            }
        }
        return level <= 0;
    }

private:
    void skipSpace()
    {
        while (m_pos < m_s.size() && m_s.at(m_pos).isSpace())
            ++m_pos;
    }
    std::optional<QJsonValue> value(int depth)
    {
        if (depth > kMaxDepth)
            return std::nullopt;
        skipSpace();
        if (m_pos >= m_s.size())
            return std::nullopt;
        const QChar c = m_s.at(m_pos);
        if (c == u'[')
            return sequence(depth);
        if (c == u'{')
            return mapping(depth);
        return scalarToken(false);
    }
    std::optional<QJsonValue> scalarToken(bool isKey)
    {
        skipSpace();
        QString tag;
        if (m_pos < m_s.size() && m_s.at(m_pos) == u'!') {
            const qsizetype start = m_pos;
            while (m_pos < m_s.size() && !m_s.at(m_pos).isSpace() && m_s.at(m_pos) != u',')
                ++m_pos;
            tag = m_s.mid(start, m_pos - start).toString();
            skipSpace();
        }
        if (m_pos < m_s.size() && (m_s.at(m_pos) == u'"' || m_s.at(m_pos) == u'\'')) {
            qsizetype end = 0;
            const std::optional<QString> q = readQuoted(m_s, m_pos, &end, true);
            if (!q)
                return std::nullopt;
            m_pos = end;
            return QJsonValue(*q);
        }
        const qsizetype start = m_pos;
        while (m_pos < m_s.size()) {
            const QChar c = m_s.at(m_pos);
            if (c == u',' || c == u']' || c == u'}')
                break;
            if (isKey && c == u':' && (m_pos + 1 >= m_s.size() || m_s.at(m_pos + 1).isSpace()))
                break;
            ++m_pos;
        }
        return plainScalar(m_s.mid(start, m_pos - start).toString(), tag);
    }
    bool expectAfterItem(QChar close, bool *done)
    {
        skipSpace();
        if (m_pos >= m_s.size())
            return false;
        if (m_s.at(m_pos) == u',') {
            ++m_pos;
            skipSpace();
            *done = m_pos < m_s.size() && m_s.at(m_pos) == close;
        } else {
            *done = m_s.at(m_pos) == close;
            if (!*done)
                return false;
        }
        if (*done)
            ++m_pos;
        return true;
    }
    std::optional<QJsonValue> sequence(int depth)
    {
        ++m_pos;
        QJsonArray out;
        skipSpace();
        if (m_pos < m_s.size() && m_s.at(m_pos) == u']') {
            ++m_pos;
            return out;
        }
        for (bool done = false; !done;) {
            const std::optional<QJsonValue> v = value(depth + 1);
            if (!v || !expectAfterItem(u']', &done))
                return std::nullopt;
            out.append(*v);
        }
        return out;
    }
    std::optional<QJsonValue> mapping(int depth)
    {
        ++m_pos;
        QJsonObject out;
        skipSpace();
        if (m_pos < m_s.size() && m_s.at(m_pos) == u'}') {
            ++m_pos;
            return out;
        }
        for (bool done = false; !done;) {
            const std::optional<QJsonValue> key = scalarToken(true);
            skipSpace();
            if (!key || m_pos >= m_s.size() || m_s.at(m_pos) != u':')
                return std::nullopt;
            ++m_pos;
            skipSpace();
            std::optional<QJsonValue> v = QJsonValue(QJsonValue::Null);
            if (m_pos < m_s.size() && m_s.at(m_pos) != u',' && m_s.at(m_pos) != u'}')
                v = value(depth + 1);
            if (!v || !expectAfterItem(u'}', &done))
                return std::nullopt;
            QString k = key->isString() ? key->toString() : key->toVariant().toString();
            if (k.size() > 1 && k.startsWith(u':'))
                k.remove(0, 1);
            out.insert(k, *v);
        }
        return out;
    }

    QStringView m_s;
    qsizetype m_pos = 0;
};

// ---- block structure ---------------------------------------------------------------------

bool isSequenceItem(const QString &text)
{
    return text == u'-' || text.startsWith(QLatin1String("- "));
}

// "key: rest" or "key:"; quoted keys, and Ruby symbol keys (":name:") read as "name".
bool splitKey(const QString &text, QString *key, QString *rest)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.at(0);
    qsizetype colon = -1;
    if (first == u'"' || first == u'\'') {
        qsizetype end = 0;
        const std::optional<QString> q = readQuoted(text, 0, &end, true);
        if (!q)
            return false;
        qsizetype i = end;
        while (i < text.size() && text.at(i) == u' ')
            ++i;
        if (i >= text.size() || text.at(i) != u':' || (i + 1 < text.size() && text.at(i + 1) != u' '))
            return false;
        *key = *q;
        *rest = text.mid(i + 1);
        return true;
    }
    if (QStringView(u"-[{!&*|>#%@`").contains(first) && !(first == u'-' && text.size() > 1 && text.at(1) != u' '))
        return false;
    const qsizetype searchFrom = first == u':' ? 1 : 0;
    colon = text.indexOf(QLatin1String(": "), searchFrom);
    if (colon < 0 && text.endsWith(u':') && text.size() > searchFrom + 1)
        colon = text.size() - 1;
    if (colon <= 0)
        return false;
    *key = text.left(colon).trimmed();
    if (key->size() > 1 && key->startsWith(u':'))
        key->remove(0, 1);
    *rest = text.mid(colon + 1);
    return true;
}

class BlockParser
{
public:
    explicit BlockParser(QStringView text)
    {
        const QList<QStringView> raw = text.split(u'\n');
        bool started = false;
        for (QStringView l : raw) {
            QString s = l.toString();
            while (!s.isEmpty() && s.back().isSpace())
                s.chop(1);
            qsizetype indent = 0;
            while (indent < s.size() && s.at(indent) == u' ')
                ++indent;
            const QString body = s.mid(indent);
            if (body.isEmpty() || body.startsWith(u'#'))
                continue;
            if (indent == 0 && (body == QLatin1String("---") || body.startsWith(QLatin1String("--- ")))) {
                if (started)
                    break; // a second document: only the first is read
                started = true;
                QString rest = body.mid(3).trimmed();
                takeTag(&rest);
                if (!rest.isEmpty())
                    m_lines.append({0, rest});
                continue;
            }
            if (indent == 0 && body == QLatin1String("..."))
                break;
            started = true;
            m_lines.append({int(indent), body});
        }
    }

    std::optional<QJsonValue> document()
    {
        if (m_lines.isEmpty())
            return QJsonValue(QJsonValue::Null);
        const QJsonValue v = node(m_lines.first().indent, 0);
        if (m_failed || m_pos != m_lines.size())
            return std::nullopt;
        return v;
    }

private:
    QJsonValue fail()
    {
        m_failed = true;
        m_pos = m_lines.size();
        return QJsonValue::Null;
    }
    bool at(int indent) const { return m_pos < m_lines.size() && m_lines.at(m_pos).indent == indent; }

    QJsonValue node(int indent, int depth)
    {
        if (depth > kMaxDepth)
            return fail();
        if (m_pos >= m_lines.size() || m_lines.at(m_pos).indent < indent)
            return QJsonValue::Null;
        const Line &line = m_lines.at(m_pos);
        QString key;
        QString rest;
        if (isSequenceItem(line.text))
            return sequence(line.indent, depth);
        if (splitKey(line.text, &key, &rest))
            return mapping(line.indent, depth);
        ++m_pos;
        return valueAfter(line.text, line.indent, depth, false);
    }

    QJsonValue mapping(int indent, int depth)
    {
        QJsonObject out;
        QString key;
        QString rest;
        while (at(indent) && splitKey(m_lines.at(m_pos).text, &key, &rest)) {
            ++m_pos;
            out.insert(key, valueAfter(rest, indent, depth, true));
        }
        if (m_pos < m_lines.size() && m_lines.at(m_pos).indent > indent)
            return fail(); // a line indented under nothing
        return out;
    }

    QJsonValue sequence(int indent, int depth)
    {
        QJsonArray out;
        while (at(indent) && isSequenceItem(m_lines.at(m_pos).text)) {
            Line &line = m_lines[m_pos];
            const QString item = line.text.mid(1);
            const QString content = item.trimmed();
            QString key;
            QString rest;
            if (!content.isEmpty() && (isSequenceItem(content) || splitKey(content, &key, &rest))) {
                // "- key: v" or "- - v": the item is a node that starts at its content's column.
                line.indent = indent + 1 + int(item.indexOf(content));
                line.text = content;
                out.append(node(line.indent, depth + 1));
            } else {
                ++m_pos;
                out.append(valueAfter(item, indent, depth, false));
            }
        }
        if (m_pos < m_lines.size() && m_lines.at(m_pos).indent > indent)
            return fail();
        return out;
    }

    // The value written after "key:" or "- " on a line at this indent, and the lines under it.
    QJsonValue valueAfter(QString rest, int indent, int depth, bool sequenceMayAlign)
    {
        rest = rest.trimmed();
        const QString tag = takeTag(&rest);
        if (rest.isEmpty()) {
            if (m_pos < m_lines.size() && m_lines.at(m_pos).indent > indent)
                return node(m_lines.at(m_pos).indent, depth + 1);
            if (sequenceMayAlign && at(indent) && isSequenceItem(m_lines.at(m_pos).text))
                return sequence(indent, depth + 1); // Psych writes "key:\n- a\n- b"
            return plainScalar(QString(), tag);
        }
        if (rest.at(0) == u'|' || rest.at(0) == u'>') {
            QStringList parts;
            while (m_pos < m_lines.size() && m_lines.at(m_pos).indent > indent)
                parts << m_lines.at(m_pos++).text;
            QString joined = parts.join(rest.at(0) == u'|' ? u'\n' : u' ');
            if (!rest.contains(u'-') && rest.at(0) == u'|')
                joined += u'\n';
            return joined;
        }
        if (rest.at(0) == u'[' || rest.at(0) == u'{') {
            while (!FlowParser::balanced(rest) && m_pos < m_lines.size() && m_lines.at(m_pos).indent > indent)
                rest += u' ' + m_lines.at(m_pos++).text;
            const std::optional<QJsonValue> v = FlowParser(rest).parseAll();
            return v ? *v : fail();
        }
        return scalar(rest, tag);
    }

    QList<Line> m_lines;
    qsizetype m_pos = 0;
    bool m_failed = false;
};

} // namespace

std::optional<QJsonValue> parseYaml(QStringView text)
{
    return BlockParser(text).document();
}

std::optional<QJsonObject> parseHstore(QStringView s)
{
    QJsonObject out;
    qsizetype i = 0;
    const auto skipSpace = [&] {
        while (i < s.size() && s.at(i).isSpace())
            ++i;
    };
    // A quoted string, or an unquoted word up to white space, ',' or '=>'.
    const auto token = [&](bool *quoted) -> std::optional<QString> {
        skipSpace();
        if (i >= s.size())
            return std::nullopt;
        *quoted = s.at(i) == u'"';
        if (*quoted) {
            qsizetype end = 0;
            const std::optional<QString> q = readQuoted(s, i, &end, false);
            if (q)
                i = end;
            return q;
        }
        const qsizetype start = i;
        while (i < s.size() && !s.at(i).isSpace() && s.at(i) != u',' && s.mid(i, 2) != QLatin1String("=>"))
            ++i;
        if (i == start)
            return std::nullopt;
        return s.mid(start, i - start).toString();
    };
    skipSpace();
    while (i < s.size()) {
        bool quoted = false;
        const std::optional<QString> key = token(&quoted);
        skipSpace();
        if (!key || s.mid(i, 2) != QLatin1String("=>"))
            return std::nullopt;
        i += 2;
        const std::optional<QString> value = token(&quoted);
        if (!value)
            return std::nullopt;
        out.insert(*key, !quoted && value->compare(QLatin1String("NULL"), Qt::CaseInsensitive) == 0
                             ? QJsonValue(QJsonValue::Null)
                             : QJsonValue(*value));
        skipSpace();
        if (i < s.size()) {
            if (s.at(i) != u',')
                return std::nullopt;
            ++i;
            skipSpace();
        }
    }
    return out;
}

} // namespace AuditLens::StructuredText
