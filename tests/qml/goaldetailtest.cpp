#include "storetestbase.h"

#include "appshell/appshell.h"
#include "goals/goaldetailmodel.h"
#include "goals/goallistmodel.h"
#include "goals/goalsharepreview.h"
#include "mutationcodec.h"
#include "outbox.h"
#include "repository.h"
#include "syncaccount.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTimeZone>
#include <QTranslator>

#include <google/protobuf/descriptor.h>
#include <google/protobuf/message.h>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace circle;

namespace {

class GoalDetailTest : public test::StoreTestBase
{
protected:
    void TearDown() override { QCoreApplication::removeTranslator(&m_english); }

    void SetUp() override
    {
        StoreTestBase::SetUp();
        // English plural forms ("2 check-ins") come from Circle's English translation, as in the
        // app.
        ASSERT_TRUE(AppShell::loadTranslation(m_english, u"en"_s));
        QCoreApplication::installTranslator(&m_english);
        addGoal("Three meetings a week", v1::GOAL_STATUS_ACTIVE, 1, 2);
        m_goal = Repository<v1::Goal>(*m_store).list().value().items.front();
        m_goalId = qs(m_goal.meta().id());
        m_detail = std::make_unique<GoalDetailModel>(*m_store, m_clock);
        m_detail->setTimeZone(QTimeZone::utc());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_detail.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        ASSERT_TRUE(m_detail->load(m_goalId));
    }

    qint64 storedCheckIns() { return Repository<v1::GoalCheckIn>(*m_store).count().value(); }

    /** Enrolls the store as joining a clinic does (no secrets are needed to share). */
    void joinClinic()
    {
        SyncAccount account;
        account.serverUrl = QUrl(u"https://clinic.example.org"_s);
        account.pinSha256 = QByteArray(32, 'p');
        account.patientId = u"patient"_s;
        ASSERT_TRUE(account.save(*m_store).ok());
    }

    v1::Goal m_goal;
    QString m_goalId;
    std::unique_ptr<GoalDetailModel> m_detail;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QTranslator m_english;
};

/** The names of the fields set in a serialized record, as a reader of it finds them. */
template<typename T> QStringList fieldsIn(const std::string &payload)
{
    T record;
    EXPECT_TRUE(record.ParseFromString(payload));
    std::vector<const google::protobuf::FieldDescriptor *> fields;
    record.GetReflection()->ListFields(record, &fields);
    QStringList names;
    for (const auto *f : fields)
        names.append(QString::fromStdString(f->name()));
    return names;
}

} // namespace

TEST_F(GoalDetailTest, ShowsTheGoal)
{
    EXPECT_TRUE(m_detail->loaded());
    EXPECT_EQ(m_detail->title(), u"Three meetings a week"_s);
    EXPECT_EQ(m_detail->targetLabel(), u"Target: 3 meetings a week"_s);
    EXPECT_EQ(m_detail->dueLabel(), u"By 30 April 2024"_s);
    EXPECT_EQ(m_detail->actionSteps(), (QStringList { u"Done: step"_s, u"step"_s }));
    EXPECT_EQ(m_detail->rowCount(), 0);
    EXPECT_TRUE(m_detail->chartPoints().isEmpty());
    EXPECT_EQ(m_detail->chartSummary(), u"No check-ins yet. The target is 3 meetings a week."_s);
    EXPECT_FALSE(m_detail->load(u"0190f5c2-0000-7000-8000-000000000000"_s));
    EXPECT_FALSE(m_detail->errorMessage().isEmpty());
}

TEST_F(GoalDetailTest, BadValuesAreNamedAndNothingIsStored)
{
    QSignalSpy reset(m_detail.get(), &QAbstractItemModel::modelReset);
    for (const auto &[typed, words] : std::vector<std::pair<QString, QString>> {
             { u""_s, u"Enter a value"_s },
             { u"   "_s, u"Enter a value"_s },
             { u"two"_s, u"\"two\" is not a number"_s },
             { u"-1"_s, u"cannot be negative"_s },
             { u"NaN"_s, u"is not a number"_s },
         }) {
        EXPECT_FALSE(m_detail->addCheckIn(typed, u"a note"_s)) << typed.toStdString();
        EXPECT_TRUE(m_detail->valueError().contains(words)) << m_detail->valueError().toStdString();
    }
    EXPECT_EQ(storedCheckIns(), 0);
    EXPECT_EQ(reset.count(), 0);
    EXPECT_FALSE(m_detail->addCheckIn(u"2"_s, QString(20000, u'x')));
    EXPECT_FALSE(m_detail->noteError().isEmpty());
    EXPECT_EQ(storedCheckIns(), 0);
}

TEST_F(GoalDetailTest, CheckInsNewestFirstAndChartAgainstTarget)
{
    ASSERT_TRUE(m_detail->addCheckIn(u"1"_s, u"First week"_s));
    EXPECT_TRUE(m_detail->valueError().isEmpty());
    EXPECT_EQ(m_detail->chartSummary(),
        u"One check-in, on 12 Mar: 1 meeting a week, against a target of 3 meetings a week."_s);
    m_clock.advance(7 * DayMs);
    ASSERT_TRUE(m_detail->addCheckIn(u"0"_s, {}));
    m_clock.advance(7 * DayMs);
    ASSERT_TRUE(m_detail->addCheckIn(u" 3 "_s, u"All three 🎉 שלום"_s));

    ASSERT_EQ(m_detail->rowCount(), 3);
    const auto at = [this](int row, GoalDetailModel::Role role) {
        return m_detail->data(m_detail->index(row), role);
    };
    EXPECT_EQ(at(0, GoalDetailModel::ValueRole).toDouble(), 3.0);
    EXPECT_EQ(at(0, GoalDetailModel::NoteRole).toString(), u"All three 🎉 שלום"_s);
    EXPECT_EQ(at(0, GoalDetailModel::ValueLabelRole).toString(), u"3 meetings a week"_s);
    EXPECT_EQ(at(2, GoalDetailModel::NoteRole).toString(), u"First week"_s);
    EXPECT_EQ(storedCheckIns(), 3);

    // Oldest first across the plot; the top leaves room above the target.
    const QVariantList points = m_detail->chartPoints();
    ASSERT_EQ(points.size(), 3);
    EXPECT_DOUBLE_EQ(points[0].toMap()[u"x"_s].toDouble(), 0.0);
    EXPECT_DOUBLE_EQ(points[1].toMap()[u"x"_s].toDouble(), 0.5);
    EXPECT_DOUBLE_EQ(points[2].toMap()[u"x"_s].toDouble(), 1.0);
    EXPECT_EQ(m_detail->chartTopLabel(), u"4"_s);
    EXPECT_DOUBLE_EQ(m_detail->chartTargetY(), 0.75);
    EXPECT_DOUBLE_EQ(points[2].toMap()[u"y"_s].toDouble(), 0.75);
    EXPECT_DOUBLE_EQ(points[1].toMap()[u"y"_s].toDouble(), 0.0);
    EXPECT_EQ(m_detail->chartFirstLabel(), u"12 Mar"_s);
    EXPECT_EQ(m_detail->chartLastLabel(), u"26 Mar"_s);
    EXPECT_EQ(m_detail->chartSummary(),
        u"3 check-ins from 12 Mar to 26 Mar. The latest is 3 meetings a week against a target of "
        "3 meetings a week; the highest is 3 meetings a week."_s);
}

TEST_F(GoalDetailTest, TodaysGlanceUsesTheLatestCheckIn)
{
    GoalListModel list(*m_store);
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy glanceSpy(&list, &GoalListModel::glanceChanged);
    ASSERT_EQ(list.glance().size(), 1);
    EXPECT_EQ(list.glance()[0].toMap()[u"progressLabel"_s].toString(), u"No check-ins yet"_s);
    EXPECT_LT(list.data(list.index(0), GoalListModel::ProgressRole).toDouble(), 0);

    ASSERT_TRUE(m_detail->addCheckIn(u"3"_s, {}));
    m_clock.advance(DayMs);
    ASSERT_TRUE(m_detail->addCheckIn(u"2"_s, {}));
    list.refresh();
    EXPECT_EQ(glanceSpy.count(), 1);
    EXPECT_EQ(list.data(list.index(0), GoalListModel::ProgressLabelRole).toString(),
        u"Latest: 2 of 3 meetings a week"_s);
    EXPECT_NEAR(list.glance()[0].toMap()[u"progress"_s].toDouble(), 2.0 / 3.0, 1e-9);
    EXPECT_EQ(list.glance()[0].toMap()[u"goalId"_s].toString(), m_goalId);

    addGoal("Paused one", v1::GOAL_STATUS_PAUSED, 0, 1);
    list.refresh();
    EXPECT_EQ(list.rowCount(), 2);
    EXPECT_EQ(list.glance().size(), 1); // only active goals are at a glance
}

TEST_F(GoalDetailTest, SharePreviewListsExactlyWhatSyncSendsInTheClear)
{
    m_goal.set_why("It keeps me steady");
    ASSERT_TRUE(Repository<v1::Goal>(*m_store).update(m_goal).ok());
    ASSERT_TRUE(m_detail->addCheckIn(u"2"_s, u"Went twice"_s));

    GoalSharePreview preview(*m_store);
    preview.setTimeZone(QTimeZone::utc());
    QAbstractItemModelTester tester(
        &preview, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(preview.load(m_goalId));
    EXPECT_FALSE(preview.shared());

    QStringList labels;
    for (int row = 0; row < preview.rowCount(); ++row)
        labels.append(preview.data(preview.index(row), GoalSharePreview::LabelRole).toString());
    EXPECT_EQ(labels,
        (QStringList { u"Dates"_s, u"Goal"_s, u"Why it matters"_s, u"Target"_s, u"Unit"_s,
            u"Started"_s, u"Due"_s, u"Action steps"_s, u"Status"_s, u"Seen by"_s,
            u"Check-in, 12 Mar 2024, 10:00"_s }));
    // Bookkeeping in words a patient reads, not "an id".
    EXPECT_EQ(preview.data(preview.index(0), GoalSharePreview::ValueRole).toString(),
        u"Set on 12 March 2024, last changed on 12 March 2024. A code goes with it so the clinic "
        "can tell this goal from your others; it says nothing about you."_s);
    EXPECT_EQ(preview.data(preview.index(preview.rowCount() - 2), GoalSharePreview::ValueRole),
        u"The therapists of Thursday skills group"_s);
    const int checkInRow = preview.rowCount() - 1;
    EXPECT_EQ(preview.data(preview.index(checkInRow), GoalSharePreview::ValueRole).toString(),
        u"2 meetings a week\nNote: Went twice"_s);
    EXPECT_EQ(preview.data(preview.index(2), GoalSharePreview::ValueRole).toString(),
        u"It keeps me steady"_s);
    EXPECT_TRUE(preview.privateItems().contains(u"Your journal"_s));
    EXPECT_TRUE(preview.privateItems().contains(u"Your mood check-ins"_s));
    EXPECT_TRUE(preview.privateItems().contains(u"Your safety plan"_s));

    // Share, then encode what sync would send: the fields in the clear are the preview's.
    const QStringList previewed = preview.sharedFields();
    QSignalSpy changed(&preview, &GoalSharePreview::changed);
    joinClinic();
    ASSERT_TRUE(preview.load(m_goalId));
    ASSERT_TRUE(preview.share());
    EXPECT_TRUE(preview.shared());
    EXPECT_GE(changed.count(), 1);
    EXPECT_TRUE(Repository<v1::Goal>(*m_store).get(m_goalId).value().shared_with_therapist());

    auto key = Sealer::generateKey();
    ASSERT_TRUE(key.ok());
    const Sealer sealer = Sealer::fromKey(key.value()).value();
    auto entries = Outbox(*m_store).peek(1000).value();
    ASSERT_GE(entries.size(), 2u);
    QStringList sent;
    for (size_t i = entries.size() - 2; i < entries.size(); ++i) {
        auto m = MutationCodec(*m_store, sealer).encode(entries[i]);
        ASSERT_TRUE(m.ok());
        ASSERT_TRUE(m.value().has_clear()) << entries[i].recordType.toStdString();
        if (entries[i].recordType == u"goal"_s)
            sent += fieldsIn<v1::Goal>(m.value().clear());
        else
            for (const QString &f : fieldsIn<v1::GoalCheckIn>(m.value().clear()))
                sent.append(u"check_in."_s + f);
    }
    EXPECT_EQ(sent, previewed);
    EXPECT_EQ(preview.sharedFields(), previewed);

    // Unsharing: the next versions travel sealed again.
    ASSERT_TRUE(preview.unshare());
    EXPECT_FALSE(preview.shared());
    EXPECT_FALSE(Repository<v1::Goal>(*m_store).get(m_goalId).value().shared_with_therapist());
    entries = Outbox(*m_store).peek(1000).value();
    auto last = MutationCodec(*m_store, sealer).encode(entries.back());
    ASSERT_TRUE(last.ok());
    EXPECT_TRUE(last.value().has_sealed());
}

TEST_F(GoalDetailTest, InTwoGroupsThePatientChoosesWhoseTherapistsSeeTheGoal)
{
    v1::Group other;
    other.set_name("Anxiety skills group");
    other.set_time_zone("Europe/London");
    auto second = Repository<v1::Group>(*m_store).putFromClinic(other);
    ASSERT_TRUE(second.ok());

    GoalSharePreview preview(*m_store);
    QAbstractItemModelTester tester(
        &preview, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(preview.load(m_goalId));
    ASSERT_EQ(preview.groupNames().size(), 2);
    const int first = preview.groupIndex();
    ASSERT_GE(first, 0);
    const int theOther = 1 - first;
    EXPECT_FALSE(preview.chooseGroup(5)) << "a row that is not there changes nothing";
    EXPECT_EQ(preview.groupIndex(), first);

    joinClinic();
    ASSERT_TRUE(preview.load(m_goalId));
    ASSERT_TRUE(preview.chooseGroup(theOther));
    EXPECT_EQ(preview.groupIndex(), theOther);
    const std::string chosenId
        = Repository<v1::Goal>(*m_store).get(m_goalId).value().shared_group_id();
    EXPECT_FALSE(chosenId.empty());
    ASSERT_TRUE(preview.share());
    EXPECT_EQ(Repository<v1::Goal>(*m_store).get(m_goalId).value().shared_group_id(), chosenId)
        << "sharing keeps the patient's choice";
    bool named = false;
    for (int row = 0; row < preview.rowCount(); ++row)
        if (preview.data(preview.index(row), GoalSharePreview::FieldRole) == u"shared_group_id"_s)
            named = preview.data(preview.index(row), GoalSharePreview::ValueRole).toString()
                == u"The therapists of "_s + preview.groupNames().at(theOther);
    EXPECT_TRUE(named) << "the preview names the group that will see it";

    // What sync sends goes to that group.
    const Sealer sealer = Sealer::fromKey(Sealer::generateKey().value()).value();
    auto entries = Outbox(*m_store).peek(1000).value();
    auto sent = MutationCodec(*m_store, sealer).encode(entries.back());
    ASSERT_TRUE(sent.ok());
    EXPECT_EQ(sent.value().group_id(), chosenId);
}
