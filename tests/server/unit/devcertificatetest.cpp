#include "devcertificate.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSslKey>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace circle::server;

TEST(DevCertificate, IsForLoopbackOnlyAndItsPinIsWhatQtSees)
{
    QTemporaryDir dir;
    const QString cert = dir.filePath(u"cert.pem"_s);
    const QString key = dir.filePath(u"key.pem"_s);
    QString error;
    ASSERT_TRUE(tls::createDevCertificate(cert, key, &error)) << error.toStdString();
    EXPECT_EQ(QFile::permissions(key) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
        QFileDevice::Permissions());

    const auto config = tls::loadServerConfiguration(cert, key, &error);
    ASSERT_TRUE(config) << error.toStdString();
    EXPECT_EQ(config->protocol(), QSsl::TlsV1_2OrLater);
    const QSslCertificate c = config->localCertificate();
    EXPECT_EQ(c.publicKey().algorithm(), QSsl::Ec);
    const auto names = c.subjectAlternativeNames();
    EXPECT_EQ(names.values(QSsl::IpAddressEntry), QStringList { u"127.0.0.1"_s });
    EXPECT_EQ(names.values(QSsl::DnsEntry), QStringList { u"localhost"_s });
    const qint64 days = c.effectiveDate().daysTo(c.expiryDate());
    EXPECT_GE(days, 365);
    EXPECT_LE(days, 366);

    const QString pin = tls::pinOf(c);
    const QByteArray qtView
        = QCryptographicHash::hash(c.publicKey().toDer(), QCryptographicHash::Sha256).toBase64();
    EXPECT_EQ(pin, u"sha256:"_s + QString::fromLatin1(qtView));
}

TEST(DevCertificate, AKeyFromAnotherCertificateIsRefused)
{
    QTemporaryDir dir;
    QString error;
    ASSERT_TRUE(
        tls::createDevCertificate(dir.filePath(u"a.pem"_s), dir.filePath(u"a.key"_s), &error));
    ASSERT_TRUE(
        tls::createDevCertificate(dir.filePath(u"b.pem"_s), dir.filePath(u"b.key"_s), &error));
    EXPECT_FALSE(
        tls::loadServerConfiguration(dir.filePath(u"a.pem"_s), dir.filePath(u"b.key"_s), &error));
    EXPECT_TRUE(error.contains(u"does not belong"_s));
    EXPECT_FALSE(tls::loadServerConfiguration(
        dir.filePath(u"missing.pem"_s), dir.filePath(u"a.key"_s), &error));
}
