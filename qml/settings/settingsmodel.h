#pragma once

#include <QLocale>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTranslator>

class QQmlEngine;

namespace circle {

class Store;

/**
 * The Settings page's own parts: the app's language, export of everything to
 * a file, and what the About section tells (versions, where data lives).
 * Passcode and auto-lock belong to AppLock.
 *
 * The language is kept in the store's settings ("" follows the phone, "en",
 * "es") and switched while running: the translator is swapped and the QML
 * engine retranslates every qsTr binding, so no restart is needed.
 *
 * Export runs the same DataExchange::exportJson() as `circlectl export` and
 * writes it the same way (QSaveFile: never half a file under the final name).
 */
class SettingsModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QStringList languageCodes READ languageCodes CONSTANT)
    Q_PROPERTY(double textScale READ textScale WRITE setTextScale NOTIFY textScaleChanged)
    Q_PROPERTY(QList<double> textScales READ textScales CONSTANT)
    Q_PROPERTY(double effectiveTextScale READ effectiveTextScale NOTIFY textScaleChanged)
    Q_PROPERTY(double phoneTextScale READ phoneTextScale CONSTANT)
    Q_PROPERTY(QString exportFolder READ exportFolder WRITE setExportFolder NOTIFY exportChanged)
    Q_PROPERTY(QString exportMessage READ exportMessage NOTIFY exportChanged)
    Q_PROPERTY(QString exportError READ exportError NOTIFY exportChanged)
    Q_PROPERTY(QString lastExportPath READ lastExportPath NOTIFY exportChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(QString appVersion READ appVersion CONSTANT)
    Q_PROPERTY(QString dataFolder READ dataFolder CONSTANT)
    Q_PROPERTY(QString qtVersion READ qtVersion CONSTANT)
    Q_PROPERTY(QString cipherVersion READ cipherVersion CONSTANT)
    Q_PROPERTY(QString sodiumVersion READ sodiumVersion CONSTANT)
    Q_PROPERTY(QString protobufVersion READ protobufVersion CONSTANT)

public:
    static constexpr const char *LanguageKey = "language";
    static constexpr const char *TextScaleKey = "text_scale";

    explicit SettingsModel(Store &store, QObject *parent = nullptr);
    ~SettingsModel() override;

    /**
     * Takes over the translator main() installed for the phone's language, so a
     * chosen language replaces it instead of stacking on top of it.
     */
    void adoptTranslator(QTranslator *translator);
    /** The engine whose bindings are retranslated on a switch. */
    void setEngine(QQmlEngine *engine);
    /** Installs the stored language; call once before the UI loads. */
    void applyStoredLanguage();

    QString language() const { return m_language; }
    /** Switches and remembers; unknown codes are refused with errorMessage. */
    void setLanguage(const QString &code);
    QStringList languageCodes() const;

    /**
     * The size of text as chosen in Settings, as a factor of the usual size;
     * 0 follows the phone's own text size. Pages multiply their sizes by
     * effectiveTextScale, so every text grows by the same factor.
     */
    double textScale() const { return m_textScale; }
    /** Switches and remembers; a factor not among textScales() is refused with errorMessage. */
    void setTextScale(double scale);
    /** The choices offered: 0 (the phone's) and the factors from 1 to 2. */
    QList<double> textScales() const;
    /** The factor in use: the chosen one, or the phone's when following it. */
    double effectiveTextScale() const;
    /**
     * The phone's own text size as a factor: the screen's logical DPI over 96,
     * which is how Linux desktops (and Qt on them) carry a larger-text setting.
     * Overridden by the environment's CIRCLE_TEXT_SCALE, so tests and people
     * can try a size without changing the phone. Between 1 and 2; read once,
     * when the model is made, since every scaled label asks for it.
     */
    double phoneTextScale() const { return m_phoneTextScale; }

    QString exportFolder() const { return m_exportFolder; }
    void setExportFolder(const QString &folder);
    QString exportMessage() const { return m_exportMessage; }
    QString exportError() const { return m_exportError; }
    QString lastExportPath() const { return m_lastExportPath; }
    QString errorMessage() const { return m_error; }

    /** Writes every record to a new file in exportFolder; says where or why not. */
    Q_INVOKABLE bool exportAll();

    QString appVersion() const;
    QString dataFolder() const;
    QString qtVersion() const;
    QString cipherVersion() const;
    QString sodiumVersion() const;
    QString protobufVersion() const;

Q_SIGNALS:
    void languageChanged();
    void textScaleChanged();
    void exportChanged();
    void errorMessageChanged();

private:
    void install(const QString &code);
    void setError(const QString &error);

    Store &m_store;
    QString m_language;
    QTranslator m_translator;
    /** The phone's language and region, before any choice made here replaced it. */
    QLocale m_phoneLocale;
    double m_textScale = 0;
    double m_phoneTextScale = 1;
    bool m_installed = false;
    QPointer<QTranslator> m_systemTranslator;
    QPointer<QQmlEngine> m_engine;
    QString m_exportFolder;
    QString m_exportMessage;
    QString m_exportError;
    QString m_lastExportPath;
    QString m_error;
};

} // namespace circle
