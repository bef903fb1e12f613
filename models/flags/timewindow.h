// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <vector>

namespace AuditLens::Flags {

// The times a rule's window counts, oldest first: a queue on one small vector. A window holds
// a handful of times, and most rapid_edits windows hold one (a record edited once), so this
// costs one small allocation where std::deque allocates a 512-byte block and its map.
class TimeWindow
{
public:
    bool empty() const { return m_head == m_times.size(); }
    qsizetype size() const { return qsizetype(m_times.size() - m_head); }
    qint64 front() const { return m_times[m_head]; }
    qint64 back() const { return m_times.back(); }
    const qint64 *begin() const { return m_times.data() + m_head; }
    const qint64 *end() const { return m_times.data() + m_times.size(); }
    void pop_front()
    {
        if (++m_head == m_times.size()) {
            m_times.clear();
            m_head = 0;
        }
    }
    void push_back(qint64 t)
    {
        // Drop the popped times once they are most of the vector: amortised O(1), memory bounded.
        if (m_head >= 8 && m_head * 2 >= m_times.size()) {
            m_times.erase(m_times.begin(), m_times.begin() + qsizetype(m_head));
            m_head = 0;
        }
        m_times.push_back(t);
    }

private:
    std::vector<qint64> m_times;
    size_t m_head = 0;
};

} // namespace AuditLens::Flags
