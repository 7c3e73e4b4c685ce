#pragma once

#include <QString>

namespace vtd::gen::pix62 {

/** The 16-character form in which a PIX stores `enable password` and `passwd`
 *  (`... encrypted`): the MD5 of the password (first 16 bytes, NUL-padded), of which bytes
 *  0-2, 4-6, 8-10 and 12-14 are encoded little-endian, 6 bits a character, in the crypt(3)
 *  alphabet. "" gives 8Ry2YjIyt7RRXU24 and "cisco" 2KFQnbNIdI.2KYOU, the factory values. */
QString pixPasswordHash(const QString &password);

} // namespace vtd::gen::pix62
