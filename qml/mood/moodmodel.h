#pragma once

#include <QAbstractListModel>
#include <QTimeZone>
#include <QVariantList>

#include <vector>

namespace circle {

class Clock;
class Store;

/**
 * Mood check-ins: a score from 0 to 10 with emotion words, the recent ones
 * newest first, and the average per week over the last weeks for the trend chart.
 *
 * Emotion words are stored as stable English keys ("calm") and shown
 * translated, so a change of language keeps old check-ins readable.
 */
class MoodModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(QStringList emotionKeys READ emotionKeys CONSTANT)
    /** Oldest week first: { label, average } with average -1 for a week without check-ins. */
    Q_PROPERTY(QVariantList weeklyTrend READ weeklyTrend NOTIFY changed)
    Q_PROPERTY(int lastScore READ lastScore NOTIFY changed)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY changed)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        ScoreRole,
        EmotionsRole, // translated words, joined for reading
        NoteRole,
        WhenLabelRole,
    };
    Q_ENUM(Role)

    static constexpr int TrendWeeks = 8;
    static constexpr int RecentLimit = 50;

    MoodModel(Store &store, const Clock &clock, QObject *parent = nullptr);

    void setTimeZone(const QTimeZone &zone);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QStringList emotionKeys();
    /** An emotion key as the reader sees it, translated; unknown keys as stored. */
    Q_INVOKABLE static QString emotionLabel(const QString &key);
    QVariantList weeklyTrend() const { return m_trend; }
    int lastScore() const { return m_lastScore; }
    QString errorMessage() const { return m_error; }

    /** Stores a check-in now; false with errorMessage when the score is outside 0..10. */
    Q_INVOKABLE bool record(int score, const QStringList &emotions = {}, const QString &note = {});
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void changed();

private:
    struct Row
    {
        QString id;
        int score = 0;
        QStringList emotions;
        QString note;
        qint64 atMs = 0;
    };

    Store &m_store;
    const Clock &m_clock;
    QTimeZone m_timeZone;
    std::vector<Row> m_rows;
    QVariantList m_trend;
    int m_lastScore = -1;
    QString m_error;
};

} // namespace circle
