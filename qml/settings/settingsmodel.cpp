#include "settingsmodel.h"

#include "appshell/appshell.h"
#include "clock.h"
#include "exchange.h"
#include "store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QGuiApplication>
#include <QLocale>
#include <QQmlEngine>
#include <QSaveFile>
#include <QScreen>
#include <QStandardPaths>

#include <google/protobuf/stubs/common.h>
#include <sodium.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace circle {

namespace {

const QStringList Codes = { QString(), u"en"_s, u"es"_s };
const QList<double> TextScales = { 0, 1, 1.15, 1.3, 1.5, 1.75, 2 };

/** See SettingsModel::phoneTextScale(). */
double readPhoneTextScale()
{
    bool ok = false;
    double scale = qEnvironmentVariable("CIRCLE_TEXT_SCALE").toDouble(&ok);
    if (!ok) {
        const QScreen *screen = QGuiApplication::primaryScreen();
        scale = screen ? screen->logicalDotsPerInch() / 96.0 : 1.0;
    }
    return std::clamp(scale, 1.0, 2.0);
}

bool isOffered(double scale)
{
    return std::any_of(TextScales.begin(), TextScales.end(),
        [scale](double offered) { return qFuzzyCompare(offered + 1, scale + 1); });
}

} // namespace

SettingsModel::SettingsModel(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_phoneLocale(QLocale())
    , m_phoneTextScale(readPhoneTextScale())
{
    if (const auto stored = m_store.setting(LanguageKey); stored && Codes.contains(stored.value()))
        m_language = stored.value();
    if (const auto stored = m_store.setting(TextScaleKey); stored) {
        bool ok = false;
        const double scale = stored.value().toDouble(&ok);
        if (ok && isOffered(scale))
            m_textScale = scale;
    }
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

QList<double> SettingsModel::textScales() const
{
    return TextScales;
}

void SettingsModel::setTextScale(double scale)
{
    if (!isOffered(scale)) {
        setError(tr("Circle does not offer the text size %1.").arg(scale));
        return;
    }
    if (qFuzzyCompare(scale + 1, m_textScale + 1))
        return;
    if (auto r = m_store.setSetting(TextScaleKey, QString::number(scale)); !r) {
        setError(tr("Could not save the text size: %1").arg(r.error().message));
        return;
    }
    m_textScale = scale;
    setError({});
    Q_EMIT textScaleChanged();
}

double SettingsModel::effectiveTextScale() const
{
    return m_textScale > 0 ? m_textScale : phoneTextScale();
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
        else if (AppShell::loadTranslation(m_translator, m_phoneLocale))
            m_installed = QCoreApplication::installTranslator(&m_translator);
    } else if (AppShell::loadTranslation(m_translator, code)) {
        // English too: its file holds the plural forms of the source text.
        m_installed = QCoreApplication::installTranslator(&m_translator);
    } else {
        setError(tr("The translation for \"%1\" is missing from this build.").arg(code));
    }
    // Dates, weekdays, months and numbers follow the language read, in the
    // phone's own region: Spanish on an American phone writes "lunes, 7 de
    // diciembre" and keeps the phone's first day of the week.
    QLocale::setDefault(code.isEmpty()
            ? m_phoneLocale
            : QLocale(QLocale(code).language(), m_phoneLocale.territory()));
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
