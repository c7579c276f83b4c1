#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace circle {

class Store;

/** Counts of what an import did. */
struct ImportSummary
{
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
};

/**
 * The patient's data as one JSON document (circle.v1.ExportDocument in protobuf's
 * JSON mapping; docs/export-format.md describes it). Export and import are exact
 * inverses, and import is idempotent: a second import of the same file changes nothing.
 */
class DataExchange
{
public:
    static constexpr int FormatVersion = 1;

    explicit DataExchange(Store &store)
        : m_store(store)
    {
    }

    Result<QByteArray> exportJson() const;
    /**
     * Validates the whole document first, then applies it in one transaction:
     * a malformed, unknown-version or invalid document changes nothing.
     */
    Result<ImportSummary> importJson(const QByteArray &json);

private:
    Store &m_store;
};

} // namespace circle
