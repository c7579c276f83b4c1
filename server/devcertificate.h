#pragma once

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>

#include <optional>

namespace circle::server::tls {

/**
 * Writes a self-signed certificate and its key for a development server on this machine:
 * EC P-256, valid one year, and only for 127.0.0.1 and localhost (subjectAltName), so it is
 * useless for anything reachable from elsewhere. The key file is readable by its owner only.
 */
bool createDevCertificate(const QString &certPath, const QString &keyPath, QString *error);

/**
 * The server's TLS settings from a PEM certificate chain and private key: TLS 1.2 or
 * newer, no client certificates. Fails when the key does not belong to the certificate.
 */
std::optional<QSslConfiguration> loadServerConfiguration(
    const QString &certPath, const QString &keyPath, QString *error);

/**
 * The pin an invite carries: "sha256:" and base64 of the SHA-256 of the certificate's
 * DER SubjectPublicKeyInfo. Pinning the key, not the certificate, survives renewal with
 * the same key.
 */
QString pinOf(const QSslCertificate &certificate);

} // namespace circle::server::tls
