#include "crisislines.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace circle::crisis {

namespace {

// The context lupdate gives these strings: the qualified name they are written in.
QString tr(const char *text)
{
    return QCoreApplication::translate("circle::crisis", text);
}

struct Country
{
    const char16_t *code;
    std::vector<Line> (*lines)();
};

// Names are the services' own and stay untranslated; notes follow the app's language.
const Country table[] = {
    { u"US",
        [] {
            return std::vector<Line> {
                { u"988 Suicide & Crisis Lifeline"_s, u"988"_s,
                    tr("Call or text, any time. Help in Spanish too."), true,
                    u"https://988lifeline.org"_s },
                { u"SAMHSA National Helpline"_s, u"1-800-662-4357"_s,
                    tr("Free, confidential help with substance use and mental health, any time"),
                    false, u"https://www.samhsa.gov/find-help/national-helpline"_s },
            };
        } },
    { u"CA",
        [] {
            return std::vector<Line> {
                { u"9-8-8 Suicide Crisis Helpline"_s, u"988"_s,
                    tr("Call or text, any time, in English or French"), true, u"https://988.ca"_s },
            };
        } },
    { u"ES",
        [] {
            return std::vector<Line> {
                { u"024 Línea de atención a la conducta suicida"_s, u"024"_s,
                    tr("Free and confidential, any time"), false,
                    u"https://www.sanidad.gob.es/linea024/"_s },
            };
        } },
    { u"MX",
        [] {
            return std::vector<Line> {
                { u"Línea de la Vida"_s, u"800 911 2000"_s, tr("Free and confidential, any time"),
                    false, u"https://www.gob.mx/salud/conadic"_s },
            };
        } },
    { u"GB",
        [] {
            return std::vector<Line> {
                { u"Samaritans"_s, u"116 123"_s, tr("Free, any time, whatever you are facing"),
                    false, u"https://www.samaritans.org"_s },
            };
        } },
};

} // namespace

QStringList knownCountries()
{
    QStringList codes;
    for (const Country &c : table)
        codes.append(QString::fromUtf16(c.code));
    return codes;
}

std::vector<Line> builtIn(const QString &country)
{
    for (const Country &c : table)
        if (country == QString::fromUtf16(c.code))
            return c.lines();
    return {};
}

QString countryFor(const QLocale &region, const QLocale &language)
{
    const auto known = [](QLocale::Territory t) {
        const QString code = QLocale::territoryToCode(t);
        return knownCountries().contains(code) ? code : QString();
    };
    if (region.territory() != QLocale::AnyTerritory && region.language() != QLocale::C)
        return known(region.territory());
    // No region at all: the language's home country, as QLocale pairs them
    // (Spanish: Spain, English: United States).
    if (language.language() == QLocale::C || language.language() == QLocale::AnyLanguage)
        return {};
    return known(QLocale(language.language()).territory());
}

std::vector<Line> linesFor(const QString &country, const std::vector<Line> &clinicLines)
{
    if (!clinicLines.empty())
        return clinicLines;
    return builtIn(country);
}

} // namespace circle::crisis
