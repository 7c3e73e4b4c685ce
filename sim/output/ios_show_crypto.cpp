#include "ios_show_crypto.h"

#include "pix_show_crypto_input.h"

#include "sim/ike/ike_daemon.h"

namespace vtd::sim::output {

namespace {
// The software crypto engine of IOS 12.2 numbers its connections from 2000 [unverified].
constexpr int kFirstIosConnId = 2000;
} // namespace

QList<IosIsakmpSaRow> iosIsakmpSaRows(const ike::IkeDaemon &daemon)
{
    QList<IosIsakmpSaRow> rows;
    for (const auto &sa : daemon.ikeSas()) {
        if (sa->state == ike::IkeState::Deleted)
            continue;
        rows << IosIsakmpSaRow{sa->initiator ? sa->peer : sa->local, sa->initiator ? sa->local : sa->peer,
                               ike::ikeStateName(sa->state), sa->connId};
    }
    return rows;
}

QString renderIosShowCryptoIsakmpSa(const QList<IosIsakmpSaRow> &rows)
{
    QString out = QStringLiteral("dst             src             state          conn-id   slot\n");
    for (const IosIsakmpSaRow &row : rows) {
        out += row.dst.toString().leftJustified(16) + row.src.toString().leftJustified(16)
               + row.state.leftJustified(15) + QString::number(row.connId).rightJustified(7)
               + QStringLiteral("0").rightJustified(7) + QLatin1Char('\n');
    }
    return out;
}

QList<PixIpsecInterface> iosIpsecInterfaces(const ike::IkeDaemon &daemon, const devices::SimNode &node, SimTime now)
{
    QList<PixIpsecInterface> interfaces = pixIpsecInterfaces(daemon, node, now);
    for (PixIpsecInterface &itf : interfaces) {
        for (PixIpsecFlow &flow : itf.flows) {
            for (QList<PixIpsecSaLine> *sas : {&flow.inbound, &flow.outbound}) {
                for (PixIpsecSaLine &sa : *sas) {
                    sa.flowId = sa.connId;
                    sa.connId = kFirstIosConnId + sa.connId - 1;
                }
            }
        }
    }
    return interfaces;
}

} // namespace vtd::sim::output
