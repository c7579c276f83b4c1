#include "devcertificate.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSaveFile>
#include <QSslKey>

#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace circle::server::tls {

namespace {

template<typename T, void (*Free)(T *)> struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using PKey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using Cert = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using Bignum = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(size));
}

bool addExtension(X509 *cert, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

bool writeFile(const QString &path, const QByteArray &bytes, QFileDevice::Permissions permissions,
    QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(permissions)
        || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

Cert x509FromDer(const QByteArray &der)
{
    const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
    return Cert(d2i_X509(nullptr, &p, long(der.size())));
}

} // namespace

bool createDevCertificate(const QString &certPath, const QString &keyPath, QString *error)
{
    PKey key(EVP_EC_gen("P-256"));
    Cert cert(X509_new());
    Bignum serial(BN_new());
    if (!key || !cert || !serial
        || !BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY)) {
        *error = u"OpenSSL could not make a key"_s;
        return false;
    }
    X509_NAME *name = X509_get_subject_name(cert.get());
    const bool built = X509_set_version(cert.get(), 2) == 1
        && BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get())) != nullptr
        // An hour of slack for clocks a little behind this one.
        && X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600) != nullptr
        && X509_gmtime_adj(X509_getm_notAfter(cert.get()), 365L * 24 * 3600) != nullptr
        && X509_set_pubkey(cert.get(), key.get()) == 1
        && X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
               reinterpret_cast<const unsigned char *>("Circle development server"), -1, -1, 0)
            == 1
        && X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
               reinterpret_cast<const unsigned char *>("localhost"), -1, -1, 0)
            == 1
        && X509_set_issuer_name(cert.get(), name) == 1
        && addExtension(cert.get(), NID_basic_constraints, "critical,CA:FALSE")
        && addExtension(cert.get(), NID_ext_key_usage, "serverAuth")
        && addExtension(cert.get(), NID_subject_alt_name, "IP:127.0.0.1,DNS:localhost")
        && addExtension(cert.get(), NID_subject_key_identifier, "hash")
        && X509_sign(cert.get(), key.get(), EVP_sha256()) > 0;
    if (!built) {
        *error = u"OpenSSL could not build the certificate"_s;
        return false;
    }
    Bio certPem(BIO_new(BIO_s_mem()));
    Bio keyPem(BIO_new(BIO_s_mem()));
    if (!PEM_write_bio_X509(certPem.get(), cert.get())
        || !PEM_write_bio_PrivateKey(
            keyPem.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr)) {
        *error = u"OpenSSL could not write PEM"_s;
        return false;
    }
    return writeFile(keyPath, bioBytes(keyPem.get()),
               QFileDevice::ReadOwner | QFileDevice::WriteOwner, error)
        && writeFile(certPath, bioBytes(certPem.get()),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                | QFileDevice::ReadOther,
            error);
}

std::optional<QSslConfiguration> loadServerConfiguration(
    const QString &certPath, const QString &keyPath, QString *error)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certPath, QSsl::Pem);
    if (chain.isEmpty()) {
        *error = u"no PEM certificate in %1"_s.arg(certPath);
        return std::nullopt;
    }
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        *error = u"cannot read the key %1"_s.arg(keyPath);
        return std::nullopt;
    }
    const QByteArray keyBytes = keyFile.readAll();
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : { QSsl::Ec, QSsl::Rsa }) {
        key = QSslKey(keyBytes, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull()) {
        *error = u"%1 holds no unencrypted EC or RSA private key in PEM"_s.arg(keyPath);
        return std::nullopt;
    }
    // A mismatched pair fails every handshake later with a vague error; say it now.
    Bio bio(BIO_new_mem_buf(keyBytes.constData(), int(keyBytes.size())));
    PKey pkey(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
    const Cert leaf = x509FromDer(chain.first().toDer());
    if (!pkey || !leaf || X509_check_private_key(leaf.get(), pkey.get()) != 1) {
        *error = u"the key in %1 does not belong to the certificate in %2"_s.arg(keyPath, certPath);
        return std::nullopt;
    }
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    return config;
}

QString pinOf(const QSslCertificate &certificate)
{
    const Cert cert = x509FromDer(certificate.toDer());
    if (!cert)
        return {};
    unsigned char *der = nullptr;
    const int size = i2d_PUBKEY(X509_get0_pubkey(cert.get()), &der);
    if (size <= 0)
        return {};
    const QByteArray spki(reinterpret_cast<const char *>(der), size);
    OPENSSL_free(der);
    return u"sha256:"_s
        + QString::fromLatin1(
            QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toBase64());
}

} // namespace circle::server::tls
