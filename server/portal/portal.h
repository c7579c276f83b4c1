#pragma once

#include "formdata.h"
#include "signinthrottle.h"

#include "httpapi.h"
#include "ratelimiter.h"
#include "serverextensions.h"

namespace circle::portal {

struct PortalSession;
struct PageFrame;
struct StaffIdentity;

/**
 * The clinic portal: server-rendered pages under /clinic/ for therapists, on the front
 * door, workers, database and audit log the API uses. One Portal serves all workers; what
 * it keeps itself is the sign-in throttle (shared, locked).
 *
 * Every answer carries the same security headers (a strict CSP without inline script or
 * style, no-store, no referrer, nosniff, no framing). A state-changing request is a POST
 * of a form, which must come from this origin (Origin header) and carry the session's
 * CSRF token (or, before sign-in, the sign-in form's token, or the set-up link's secret).
 */
class Portal final : public server::WebFront
{
public:
    explicit Portal(const server::WebFrontSettings &settings);

    bool owns(const QByteArray &path) const override;
    std::optional<server::ApiResponse> checkHead(
        const server::ApiRequest &head, qint64 nowMs) override;
    server::ApiResponse handle(
        server::ClinicServices &s, const server::ApiRequest &request) override;

    /** The security headers every portal answer carries. */
    static QList<std::pair<QByteArray, QByteArray>> securityHeaders();

private:
    struct Request;
    server::ApiResponse route(Request &r);
    server::ApiResponse signInPage(
        Request &r, const QString &login, const QString &error, int status);
    server::ApiResponse signIn(Request &r);
    server::ApiResponse signOut(Request &r);
    server::ApiResponse setup(Request &r, const QString &token);
    server::ApiResponse signedInPage(Request &r, const QStringList &parts);
    server::ApiResponse assignHomework(
        Request &r, const PageFrame &frame, const StaffIdentity &staff, const QString &groupId);
    server::ApiResponse markReviewed(
        Request &r, const PageFrame &frame, const StaffIdentity &staff, const QString &groupId);
    /** A signed-in form: this origin, the session's CSRF token, then the fields' limits. */
    std::optional<FormData> checkedForm(Request &r, const PageFrame &frame,
        QHash<QString, qsizetype> limits, server::ApiResponse *refusal);
    bool sameOrigin(const server::ApiRequest &request) const;

    server::WebFrontSettings m_settings;
    SignInThrottle m_accountThrottle;
    SignInThrottle m_addressThrottle;
    server::RateLimiter m_pageLimiter;
};

/** The portal's parts for circle-server's main(): the web front and its admin commands. */
server::ServerExtensions extensions();

} // namespace circle::portal
