#include "storetestbase.h"

#include "exchange.h"
#include "journal/journalpromptmodel.h"
#include "repository.h"
#include "schedule/sessiontext.h"
#include "settings/settingsmodel.h"

#include <QDateTime>
#include <QFile>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QSignalSpy>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace circle;
using namespace circle::test;

namespace {

class SettingsModelTest : public StoreTestBase
{
};

TEST_F(SettingsModelTest, ExportWritesAFileThatImportAccepts)
{
    addJournal(Now - HourMs, "A hard day, but I went to group.");
    addGratitude(Now - 2 * HourMs);
    QTemporaryDir out;
    ASSERT_TRUE(out.isValid());
    SettingsModel settings(*m_store);
    settings.setExportFolder(out.filePath(u"exports"_s));
    QSignalSpy changed(&settings, &SettingsModel::exportChanged);
    ASSERT_TRUE(settings.exportAll()) << settings.exportError().toStdString();
    EXPECT_GE(changed.count(), 1);
    const QString path = settings.lastExportPath();
    EXPECT_TRUE(path.startsWith(out.filePath(u"exports"_s))) << path.toStdString();
    EXPECT_TRUE(settings.exportMessage().contains(path));
    EXPECT_TRUE(settings.exportMessage().contains(u"not encrypted"_s));
    EXPECT_EQ(settings.exportError(), QString());

    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();

    // A second phone's empty store takes it in, as `circlectl import` would.
    QTemporaryDir otherDir;
    StoreOptions options;
    options.dataDir = otherDir.path();
    options.key = testKey('o');
    options.clock = &m_clock;
    auto other = Store::open(options);
    ASSERT_TRUE(other.ok()) << other.error().message.toStdString();
    auto imported = DataExchange(*other.value()).importJson(json);
    ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
    EXPECT_EQ(imported.value().inserted, 3); // the group, the entry, the good things
    auto entries = Repository<v1::JournalEntry>(*other.value()).list();
    ASSERT_TRUE(entries.ok());
    ASSERT_EQ(entries.value().items.size(), 1u);
    EXPECT_EQ(entries.value().items[0].text(), "A hard day, but I went to group.");
}

TEST_F(SettingsModelTest, AnExportThatCannotBeWrittenSaysWhy)
{
    QTemporaryDir out;
    const QString notAFolder = out.filePath(u"taken"_s);
    QFile blocker(notAFolder);
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    SettingsModel settings(*m_store);
    settings.setExportFolder(notAFolder);
    EXPECT_FALSE(settings.exportAll());
    EXPECT_TRUE(settings.exportError().contains(notAFolder))
        << settings.exportError().toStdString();
    EXPECT_EQ(settings.exportMessage(), QString());
    EXPECT_EQ(settings.lastExportPath(), QString());
}

TEST_F(SettingsModelTest, TheLanguageSwitchesAtOnceAndIsRemembered)
{
    QQmlEngine engine;
    QQmlComponent component(&engine);
    // qsTr takes its context from the file name: "Main", as in the app's tab bar.
    component.setData("import QtQml\nQtObject { property string label: qsTr(\"Today\") }",
        QUrl(u"qrc:/test/Main.qml"_s));
    std::unique_ptr<QObject> item(component.create());
    ASSERT_TRUE(item) << component.errorString().toStdString();
    EXPECT_EQ(item->property("label").toString(), u"Today"_s);

    {
        SettingsModel settings(*m_store);
        settings.setEngine(&engine);
        settings.applyStoredLanguage();
        EXPECT_EQ(settings.language(), QString());
        QSignalSpy changed(&settings, &SettingsModel::languageChanged);
        settings.setLanguage(u"es"_s);
        EXPECT_EQ(changed.count(), 1);
        EXPECT_EQ(item->property("label").toString(), u"Hoy"_s);
        EXPECT_EQ(JournalPromptModel::topicLabel(u"grief"_s), u"Duelo y pérdida"_s);
        EXPECT_EQ(m_store->setting(SettingsModel::LanguageKey).value(), u"es"_s);

        settings.setLanguage(u"fr"_s);
        EXPECT_TRUE(settings.errorMessage().contains(u"fr"_s));
        EXPECT_EQ(settings.language(), u"es"_s);
    }
    // Removed with the model; a new start installs the stored choice again.
    EXPECT_EQ(JournalPromptModel::topicLabel(u"grief"_s), u"Grief and loss"_s);
    SettingsModel restarted(*m_store);
    restarted.setEngine(&engine);
    EXPECT_EQ(restarted.language(), u"es"_s);
    restarted.applyStoredLanguage();
    EXPECT_EQ(item->property("label").toString(), u"Hoy"_s);
    restarted.setLanguage(u"en"_s);
    EXPECT_EQ(item->property("label").toString(), u"Today"_s);
    // English is installed too, not left to the source text: it has the plural forms.
    const QDateTime monday(QDate(2024, 3, 11), QTime(9, 0), QTimeZone::utc());
    EXPECT_EQ(SessionText::startsIn(monday.addDays(2), monday), u"Starts in 2 days"_s);
    EXPECT_EQ(SessionText::startsIn(monday.addSecs(60 * 60), monday), u"Starts in 1 hour"_s);
}

TEST_F(SettingsModelTest, AboutNamesTheVersionsInUse)
{
    SettingsModel settings(*m_store);
    EXPECT_FALSE(settings.qtVersion().isEmpty());
    EXPECT_EQ(settings.cipherVersion(), m_store->cipherVersion());
    EXPECT_TRUE(settings.sodiumVersion().contains(u'.'));
    EXPECT_TRUE(settings.protobufVersion().startsWith(u"3."_s));
    EXPECT_EQ(settings.dataFolder(), QDir::toNativeSeparators(m_dir.path()));
}

} // namespace
