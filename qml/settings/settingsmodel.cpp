#include "settingsmodel.h"

#include "appshell/appshell.h"
#include "clock.h"
#include "exchange.h"
#include "store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QLocale>
#include <QQmlEngine>
#include <QSaveFile>
#include <QStandardPaths>

#include <google/protobuf/stubs/common.h>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace circle {

namespace {

const QStringList Codes = { QString(), u"en"_s, u"es"_s };

} // namespace

SettingsModel::SettingsModel(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    if (const auto stored = m_store.setting(LanguageKey); stored && Codes.contains(stored.value()))
        m_language = stored.value();
    m_exportFolder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (m_exportFolder.isEmpty())
        m_exportFolder = m_store.dataDir();
}

SettingsModel::~SettingsModel()
{
    if (m_installed)
        QCoreApplication::removeTranslator(&m_translator);
}

void SettingsModel::adoptTranslator(QTranslator *translator)
{
    m_systemTranslator = translator;
}

void SettingsModel::setEngine(QQmlEngine *engine)
{
    m_engine = engine;
}

void SettingsModel::applyStoredLanguage()
{
    install(m_language);
}

QStringList SettingsModel::languageCodes() const
{
    return Codes;
}

void SettingsModel::setLanguage(const QString &code)
{
    if (!Codes.contains(code)) {
        setError(tr("Circle does not have the language \"%1\".").arg(code));
        return;
    }
    if (code == m_language)
        return;
    if (auto r = m_store.setSetting(LanguageKey, code); !r) {
        setError(tr("Could not save the language: %1").arg(r.error().message));
        return;
    }
    m_language = code;
    setError({});
    install(code);
    Q_EMIT languageChanged();
}

void SettingsModel::install(const QString &code)
{
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_translator);
        m_installed = false;
    }
    // main() loaded the phone's language before the store was open; a choice
    // made here replaces it, and "follow the phone" brings it back.
    if (m_systemTranslator)
        QCoreApplication::removeTranslator(m_systemTranslator);

    if (code.isEmpty()) {
        if (m_systemTranslator)
            QCoreApplication::installTranslator(m_systemTranslator);
        else if (AppShell::loadTranslation(m_translator, QLocale()))
            m_installed = QCoreApplication::installTranslator(&m_translator);
    } else if (AppShell::loadTranslation(m_translator, code)) {
        // English too: its file holds the plural forms of the source text.
        m_installed = QCoreApplication::installTranslator(&m_translator);
    } else {
        setError(tr("The translation for \"%1\" is missing from this build.").arg(code));
    }
    if (m_engine)
        m_engine->retranslate();
}

void SettingsModel::setExportFolder(const QString &folder)
{
    if (folder == m_exportFolder)
        return;
    m_exportFolder = folder;
    Q_EMIT exportChanged();
}

bool SettingsModel::exportAll()
{
    m_exportMessage.clear();
    m_exportError.clear();
    m_lastExportPath.clear();
    const auto finish = [this](bool ok) {
        Q_EMIT exportChanged();
        return ok;
    };

    auto json = DataExchange(m_store).exportJson();
    if (!json) {
        m_exportError = tr("Could not export: %1").arg(json.error().message);
        return finish(false);
    }
    if (m_exportFolder.isEmpty() || !QDir().mkpath(m_exportFolder)) {
        m_exportError = tr("Could not create the folder %1.").arg(m_exportFolder);
        return finish(false);
    }
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_store.clock().nowMs());
    const QString name = u"circle-export-%1.json"_s.arg(now.toString(u"yyyy-MM-dd-HHmmss"_s));
    const QString path = QDir(m_exportFolder).absoluteFilePath(name);
    // QSaveFile, as circlectl: a failed write never leaves half a file behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_exportError = tr("Could not write %1: %2").arg(path, file.errorString());
        return finish(false);
    }
    file.write(json.value());
    if (!file.commit()) {
        m_exportError = tr("Could not write %1: %2").arg(path, file.errorString());
        return finish(false);
    }
    m_lastExportPath = path;
    m_exportMessage = tr("Saved everything to %1. This file is not encrypted: keep it somewhere "
                         "safe, and delete it when you no longer need it.")
                          .arg(QDir::toNativeSeparators(path));
    return finish(true);
}

void SettingsModel::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    Q_EMIT errorMessageChanged();
}

QString SettingsModel::appVersion() const
{
    return QCoreApplication::applicationVersion();
}

QString SettingsModel::dataFolder() const
{
    return QDir::toNativeSeparators(m_store.dataDir());
}

QString SettingsModel::qtVersion() const
{
    return QString::fromLatin1(qVersion());
}

QString SettingsModel::cipherVersion() const
{
    return m_store.cipherVersion();
}

QString SettingsModel::sodiumVersion() const
{
    return QString::fromLatin1(sodium_version_string());
}

QString SettingsModel::protobufVersion() const
{
    constexpr int v = GOOGLE_PROTOBUF_VERSION;
    return u"%1.%2.%3"_s.arg(v / 1000000).arg(v / 1000 % 1000).arg(v % 1000);
}

} // namespace circle
