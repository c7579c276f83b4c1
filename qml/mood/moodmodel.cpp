#include "moodmodel.h"

#include "appshell/storetext.h"
#include "appshell/timeformat.h"
#include "clock.h"
#include "repository.h"
#include "store.h"
#include "validation.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>

#include <iterator>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcMood, "circle.mood")

namespace circle {

namespace {

constexpr qint64 DayMs = 24 * 60 * 60 * 1000LL;

struct Emotion
{
    const char *key;
    const char *label;
};

// A short, balanced list: naming a feeling is the exercise, not finding it in a long list.
constexpr Emotion Emotions[] = {
    { "calm", QT_TRANSLATE_NOOP("circle::MoodModel", "calm") },
    { "hopeful", QT_TRANSLATE_NOOP("circle::MoodModel", "hopeful") },
    { "grateful", QT_TRANSLATE_NOOP("circle::MoodModel", "grateful") },
    { "proud", QT_TRANSLATE_NOOP("circle::MoodModel", "proud") },
    { "connected", QT_TRANSLATE_NOOP("circle::MoodModel", "connected") },
    { "tired", QT_TRANSLATE_NOOP("circle::MoodModel", "tired") },
    { "anxious", QT_TRANSLATE_NOOP("circle::MoodModel", "anxious") },
    { "sad", QT_TRANSLATE_NOOP("circle::MoodModel", "sad") },
    { "angry", QT_TRANSLATE_NOOP("circle::MoodModel", "angry") },
    { "lonely", QT_TRANSLATE_NOOP("circle::MoodModel", "lonely") },
    { "ashamed", QT_TRANSLATE_NOOP("circle::MoodModel", "ashamed") },
    { "restless", QT_TRANSLATE_NOOP("circle::MoodModel", "restless") },
};

} // namespace

MoodModel::MoodModel(Store &store, const Clock &clock, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_clock(clock)
    , m_timeZone(QTimeZone::systemTimeZone())
{
    refresh();
}

void MoodModel::setTimeZone(const QTimeZone &zone)
{
    m_timeZone = zone;
    refresh();
}

int MoodModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MoodModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case IdRole:
        return row.id;
    case ScoreRole:
        return row.score;
    case EmotionsRole: {
        QStringList words;
        for (const QString &key : row.emotions)
            words.append(emotionLabel(key));
        return words.join(u", "_s);
    }
    case NoteRole:
        return row.note;
    case Qt::DisplayRole:
    case WhenLabelRole: {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(row.atMs, m_timeZone);
        return tr("%1, %2").arg(
            TimeFormat::dayAndMonth(at.date()), TimeFormat::shortTime(at.time()));
    }
    }
    return {};
}

QHash<int, QByteArray> MoodModel::roleNames() const
{
    return {
        { IdRole, "checkInId" },
        { ScoreRole, "score" },
        { EmotionsRole, "emotions" },
        { NoteRole, "note" },
        { WhenLabelRole, "whenLabel" },
    };
}

QStringList MoodModel::emotionKeys()
{
    QStringList keys;
    for (const Emotion &e : Emotions)
        keys.append(QString::fromLatin1(e.key));
    return keys;
}

QString MoodModel::emotionLabel(const QString &key)
{
    for (const Emotion &e : Emotions) {
        if (key == QLatin1String(e.key))
            return QCoreApplication::translate("circle::MoodModel", e.label);
    }
    return key;
}

bool MoodModel::record(int score, const QStringList &emotions, const QString &note)
{
    if (score < 0 || score > 10) {
        m_error = tr("Choose a number from 0 to 10.");
        Q_EMIT changed();
        return false;
    }
    if (const QString kept = note.trimmed(); kept.size() > TextLimits::MoodNote) {
        m_error = tr("The note can have up to %1 characters; this one has %2. Shorten it to save "
                     "it.")
                      .arg(TextLimits::MoodNote)
                      .arg(kept.size());
        Q_EMIT changed();
        return false;
    }
    v1::MoodCheckIn checkIn;
    checkIn.set_score(score);
    for (const QString &e : emotions)
        checkIn.add_emotions(utf8(e));
    checkIn.set_note(utf8(note.trimmed()));
    checkIn.set_at_ms(m_clock.nowMs());
    auto stored = Repository<v1::MoodCheckIn>(m_store).create(checkIn);
    if (!stored) {
        qCWarning(lcMood) << "Could not save a mood check-in:" << stored.error().message;
        m_error = StoreText::notSaved(stored.error());
        Q_EMIT changed();
        return false;
    }
    m_error.clear();
    refresh();
    return true;
}

void MoodModel::refresh()
{
    const qint64 now = m_clock.nowMs();
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, m_timeZone).date();
    // Weeks start on Monday and end with the current one.
    const QDate firstMonday = today.addDays(1 - today.dayOfWeek()).addDays(-7 * (TrendWeeks - 1));
    const qint64 from = QDateTime(firstMonday, QTime(0, 0), m_timeZone).toMSecsSinceEpoch();
    auto checkIns = Repository<v1::MoodCheckIn>(m_store).listBetween(
        std::min(from, now - 30 * DayMs), now + DayMs, SortOrder::Descending, 5000);

    beginResetModel();
    m_rows.clear();
    double sums[TrendWeeks] = {};
    int counts[TrendWeeks] = {};
    if (!checkIns) {
        qCWarning(lcMood) << "Could not list mood check-ins:" << checkIns.error().message;
        m_error = tr("Your mood check-ins could not be read.");
    } else {
        for (const auto &c : checkIns.value()) {
            const QDate day = QDateTime::fromMSecsSinceEpoch(c.at_ms(), m_timeZone).date();
            const qint64 week = firstMonday.daysTo(day) / 7;
            if (firstMonday.daysTo(day) >= 0 && week < TrendWeeks) {
                sums[week] += c.score();
                ++counts[week];
            }
            if (int(m_rows.size()) < RecentLimit) {
                Row row { qs(c.meta().id()), c.score(), {}, qs(c.note()), c.at_ms() };
                for (const auto &e : c.emotions())
                    row.emotions.append(qs(e));
                m_rows.push_back(std::move(row));
            }
        }
    }
    endResetModel();
    m_lastScore = m_rows.empty() ? -1 : m_rows.front().score;
    m_trend.clear();
    for (int w = 0; w < TrendWeeks; ++w) {
        m_trend.append(QVariantMap {
            { u"label"_s, QLocale().toString(firstMonday.addDays(7 * w), u"d MMM"_s) },
            { u"average"_s, counts[w] ? sums[w] / counts[w] : -1.0 },
            { u"count"_s, counts[w] },
        });
    }
    Q_EMIT changed();
}

} // namespace circle
