#pragma once

#include "repository.h"

#include <QAbstractListModel>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace circle {

class Clock;
class Store;

/**
 * The patient's journal entries, newest first, read from the store a page at a
 * time as the list scrolls (fetchMore), so a journal of years opens as fast as
 * one of a week.
 *
 * The list holds a short excerpt of each entry, not the whole text: the page
 * shows a preview, and the full entry is read when one is opened.
 */
class JournalListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    /** Words to search for; when not blank the list holds matches only (newest first). */
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    /**
     * True once a search has listed MaxMatches and more entries match: only the
     * newest are listed, and the page says so.
     */
    Q_PROPERTY(bool matchesCapped READ matchesCapped NOTIFY matchesCappedChanged)
    Q_PROPERTY(int maxMatches READ maxMatches CONSTANT)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        ExcerptRole,
        WrittenAtRole,
        DayLabelRole,
        TopicRole,
        MoodRole, // 0..10, or -1 when the entry has no mood
        ConflictCopyRole, // kept because the entry was edited on two devices at once
        MatchRole, // while searching: the matched words, bold, as Qt's StyledText
    };
    Q_ENUM(Role)

    /** Entries read from the store per fetchMore(). */
    static constexpr int PageSize = 30;
    /** Most matches a search lists, a page at a time; a person refines the words before scrolling
     * further. */
    static constexpr int MaxMatches = 200;
    /** Characters of an entry shown in the list. */
    static constexpr int ExcerptLength = 160;

    JournalListModel(Store &store, const Clock &clock, QObject *parent = nullptr);

    /** The zone days are named in; the system's by default. */
    void setTimeZone(const QTimeZone &zone);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    int count() const { return int(m_rows.size()); }
    QString errorMessage() const { return m_error; }
    QString query() const { return m_query; }
    void setQuery(const QString &query);
    bool matchesCapped() const { return m_matchesCapped; }
    int maxMatches() const { return MaxMatches; }

    /** Starts again from the newest entry, e.g. after an entry was written elsewhere. */
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void countChanged();
    void errorMessageChanged();
    void queryChanged();
    void matchesCappedChanged();

private:
    struct Row
    {
        QString id;
        QString excerpt;
        qint64 writtenMs = 0;
        QString topic;
        int mood = -1;
        bool conflictCopy = false;
        QString match;
    };

    std::vector<Row> readPage(const std::optional<PageCursor> &after);
    std::vector<Row> readMatches();
    void setError(const QString &error);
    void setMatchesCapped(bool capped);
    QString dayLabel(qint64 ms) const;

    Store &m_store;
    const Clock &m_clock;
    QTimeZone m_timeZone;
    std::vector<Row> m_rows;
    std::optional<PageCursor> m_next;
    bool m_atEnd = false;
    /** While searching: how many hits the pages so far have consumed. */
    int m_matchesRead = 0;
    bool m_matchesCapped = false;
    QString m_error;
    QString m_query;
};

} // namespace circle
