#include "pix_show_crypto_isakmp_sa.h"

namespace vtd::sim::output {

QString renderPixShowCryptoIsakmpSa(const QList<PixIsakmpSaRow> &rows)
{
    int embryonic = 0;
    for (const PixIsakmpSaRow &row : rows)
        embryonic += row.embryonic ? 1 : 0;
    QString out = QStringLiteral("Total     : %1\nEmbryonic : %2\n").arg(rows.size()).arg(embryonic);
    out += QStringLiteral("        dst            src         state     pending    created\n");
    // Right-aligned columns ending at 16, 32, 43, 52 and 64 (measured from the seed).
    for (const PixIsakmpSaRow &row : rows) {
        out += QStringLiteral("%1%2%3%4%5\n")
                   .arg(row.dst.toString(), 16)
                   .arg(row.src.toString(), 16)
                   .arg(row.state, 11)
                   .arg(row.pending, 9)
                   .arg(row.created, 12);
    }
    return out;
}

} // namespace vtd::sim::output
