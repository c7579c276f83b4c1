#pragma once

#include <QString>

namespace circle::portal {

/**
 * Every sentence the portal shows, by key, in one place: templates name them as
 * {{t.key}}, and code that builds a message asks text(). English now; a second language
 * is a second table here.
 */
QString text(const char *key);

/** All strings as (key, text) pairs, for handing to a template. */
const std::initializer_list<std::pair<const char *, const char *>> &allTexts();

} // namespace circle::portal
