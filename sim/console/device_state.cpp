#include "device_state.h"

#include "generators/ios122/ios122_parser.h"
#include "generators/pix62/pix62_parser.h"

namespace vtd::sim::console {

DeviceState::DeviceState(const model::Node &node)
    : m_node(node),
      m_platform(node.kind == model::NodeKind::PixFirewall ? Platform::Pix : Platform::Ios)
{
    parse();
}

QString DeviceState::hostname() const
{
    // A configuration without a hostname line keeps the device's factory name.
    return m_platform == Platform::Pix ? m_pix.hostname() : m_ios.hostname();
}

void DeviceState::setConfigText(const QString &text)
{
    m_node.configText = text;
    parse();
}

void DeviceState::parse()
{
    if (m_platform == Platform::Pix)
        m_pix = gen::pix62::parsePixConfig(m_node.configText, m_node.name).config;
    else
        m_ios = gen::ios122::parseIosConfig(m_node.configText, m_node.name).config;
}

} // namespace vtd::sim::console
