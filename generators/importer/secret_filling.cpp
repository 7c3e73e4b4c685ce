#include "secret_filling.h"

#include "generators/ios122/ios122_parser.h"
#include "generators/ios122/ios122_secrets.h"
#include "generators/ios122/ios122_writer.h"
#include "generators/pix62/pix62_parser.h"
#include "generators/pix62/pix62_secrets.h"
#include "generators/pix62/pix62_writer.h"
#include "generators/vpnclient/pcf_parser.h"
#include "generators/vpnclient/pcf_writer.h"

namespace vtd::gen {

namespace {

using Kind = SecretOverride::Kind;

/** PIX: the unknown `isakmp key` of a peer, the unknown `vpngroup G password`. Returns the
 *  overrides used. The dialect keeps the import history, so only the secrets' lines change. */
int fillPix(model::Node &node, model::Diagnostics &diagnostics, const QString &fileName,
            const QList<SecretOverride> &mine)
{
    pix62::PixParseResult parsed = pix62::parsePixConfig(node.configText, fileName);
    int used = 0;
    for (const SecretOverride &s : mine) {
        int filled = 0;
        if (s.kind == Kind::GroupPassword) {
            filled = pix62::supplyGroupPassword(parsed.config, s.target, s.secret);
        } else if (const auto peer = model::Ipv4Address::parse(s.target)) {
            filled = pix62::supplyPresharedKey(parsed.config, *peer, s.secret);
        }
        used += filled > 0 ? 1 : 0;
    }
    if (used > 0) {
        pix62::PixWriteOptions options;
        options.secrets = pix62::SecretMode::Revealed;
        node.configText = pix62::writePixConfig(parsed.config, options).text;
        diagnostics = pix62::parsePixConfig(node.configText, fileName).diagnostics;
    }
    return used;
}

/** IOS: `crypto isakmp key` by peer address (or host name). */
int fillIos(model::Node &node, model::Diagnostics &diagnostics, const QString &fileName,
            const QList<SecretOverride> &mine)
{
    ios122::IosParseResult parsed = ios122::parseIosConfig(node.configText, fileName);
    int used = 0;
    for (const SecretOverride &s : mine) {
        if (s.kind == Kind::PreSharedKey && ios122::supplyIosPresharedKey(parsed.config, s.target, s.secret))
            ++used;
    }
    if (used > 0) {
        node.configText = ios122::writeIosConfig(parsed.config).text;
        diagnostics = ios122::parseIosConfig(node.configText, fileName).diagnostics;
    }
    return used;
}

/** VPN Client profile: GroupPwd of its group. */
int fillPcf(model::Node &node, model::Diagnostics &diagnostics, const QString &fileName,
            const QList<SecretOverride> &mine)
{
    PcfParseResult parsed = parsePcf(node.profileText, fileName);
    int used = 0;
    for (const SecretOverride &s : mine) {
        if (s.kind == Kind::GroupPassword && parsed.profile.groupName() == s.target) {
            parsed.profile.setGroupPassword(s.secret);
            ++used;
        }
    }
    if (used > 0) {
        node.profileText = writePcf(parsed.profile);
        diagnostics = parsePcf(node.profileText, fileName).diagnostics;
    }
    return used;
}

} // namespace

void applySecretOverrides(ImportedDevice &device, const QString &fileName,
                          const QList<SecretOverride> &secrets)
{
    QList<SecretOverride> mine;
    for (const SecretOverride &s : secrets) {
        if (s.device == device.node.name)
            mine << s;
    }
    if (mine.isEmpty())
        return;
    int used = 0;
    switch (device.node.kind) {
    case model::NodeKind::PixFirewall: used = fillPix(device.node, device.diagnostics, fileName, mine); break;
    case model::NodeKind::IosRouter: used = fillIos(device.node, device.diagnostics, fileName, mine); break;
    case model::NodeKind::VpnClient: used = fillPcf(device.node, device.diagnostics, fileName, mine); break;
    default: break;
    }
    if (used < mine.size()) {
        model::Diagnostic d;
        d.severity = model::Severity::Warning;
        d.code = QStringLiteral("import.unused-secret");
        d.file = fileName;
        d.node = device.node.name;
        device.diagnostics.append(d);
    }
}

} // namespace vtd::gen
