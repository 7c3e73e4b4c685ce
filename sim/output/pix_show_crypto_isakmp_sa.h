#pragma once

#include "model/ipv4.h"

#include <QList>
#include <QString>

namespace vtd::sim::output {

/** One row of `show crypto isakmp sa`: dst/src are the responder and initiator of the IKE SA. */
struct PixIsakmpSaRow
{
    model::Ipv4Address dst;
    model::Ipv4Address src;
    QString state;          ///< QM_IDLE, MM_NO_STATE...
    int pending = 0;
    int created = 0;        ///< Quick Modes completed on this IKE SA
    bool embryonic = false; ///< still negotiating phase 1
};

/** Renders PIX 6.2's `show crypto isakmp sa` (output-formats.md section 5). */
QString renderPixShowCryptoIsakmpSa(const QList<PixIsakmpSaRow> &rows);

} // namespace vtd::sim::output
