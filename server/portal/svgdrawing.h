#pragma once

#include "circle/v1/records.pb.h"

#include <QList>
#include <QString>

namespace circle::portal::svg {

/**
 * A goal's check-ins against its target as an inline SVG: a line of the values over
 * time, a dashed line at the target, dates and numbers on the axes. Only numbers and
 * dates go in (never the goal's text), and the colours come from the stylesheet's
 * classes, so it follows light and dark. @p label is the accessible name (escaped here).
 */
QString progressChart(const circle::v1::Goal &goal, const QList<circle::v1::GoalCheckIn> &checkIns,
    const QString &label);

/** @p text as a QR code (libqrencode, error correction M), as an inline SVG; empty on failure. */
QString qrCode(const QString &text, const QString &label);

} // namespace circle::portal::svg
