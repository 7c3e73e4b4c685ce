#include "device_icons.h"

#include <QHash>
#include <QSvgRenderer>

#include <memory>

namespace vtd::app {

namespace {

QString iconPath(model::NodeKind kind)
{
    switch (kind) {
    case model::NodeKind::PixFirewall:
        return QStringLiteral(":/icons/pix.svg");
    case model::NodeKind::IosRouter:
        return QStringLiteral(":/icons/router.svg");
    case model::NodeKind::VpnClient:
        return QStringLiteral(":/icons/vpnclient.svg");
    case model::NodeKind::Host:
        return QStringLiteral(":/icons/host.svg");
    case model::NodeKind::LanSegment:
        break;
    }
    return QStringLiteral(":/icons/segment.svg");
}

} // namespace

QSvgRenderer *deviceIcon(model::NodeKind kind)
{
    static QHash<int, std::shared_ptr<QSvgRenderer>> cache;
    auto &renderer = cache[int(kind)];
    if (!renderer)
        renderer = std::make_shared<QSvgRenderer>(iconPath(kind));
    return renderer.get();
}

} // namespace vtd::app
