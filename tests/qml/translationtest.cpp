#include "journal/journalpromptmodel.h"
#include "mood/moodmodel.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace circle;

// The .qm files are built from qml/i18n/*.ts and embedded in circle_qml.
TEST(TranslationTest, SpanishIsEmbeddedAndUsed)
{
    QTranslator spanish;
    ASSERT_TRUE(spanish.load(QLocale(QLocale::Spanish, QLocale::Spain), u"circle"_s, u"_"_s,
        u":/i18n"_s));
    QCoreApplication::installTranslator(&spanish);
    EXPECT_EQ(JournalPromptModel::topicLabel(u"grief"_s), u"Duelo y pérdida"_s);
    EXPECT_EQ(MoodModel::emotionLabel(u"calm"_s), u"en calma"_s);
    QCoreApplication::removeTranslator(&spanish);
    EXPECT_EQ(JournalPromptModel::topicLabel(u"grief"_s), u"Grief and loss"_s);
}
