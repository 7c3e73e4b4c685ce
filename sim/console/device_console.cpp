#include "device_console.h"

#include "console_errors.h"
#include "config_merge.h"
#include "device_state.h"
#include "builtin_commands.h"
#include "crypto_commands.h"

#include "sim/devices/sim_network.h"
#include "sim/engine/simulator.h"

#include <QRegularExpression>

namespace vtd::sim::console {

namespace {
const QRegularExpression &wordPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\S+"));
    return pattern;
}
} // namespace

DeviceConsoles::DeviceConsoles(devices::SimNetwork &network) : m_network(network)
{
    registerBuiltinCommands(m_commands);
    registerCryptoCommands(m_commands);
    m_network.simulator().addTraceSink(this);
}

DeviceConsoles::~DeviceConsoles()
{
    m_network.simulator().removeTraceSink(this);
}

DeviceState *DeviceConsoles::stateOf(const QString &node)
{
    if (auto found = m_devices.constFind(node); found != m_devices.constEnd())
        return found->get();
    const model::Node *modelNode = m_network.modelNode(node);
    if (!modelNode || !m_network.node(node)
        || (modelNode->kind != model::NodeKind::PixFirewall && modelNode->kind != model::NodeKind::IosRouter))
        return nullptr;
    auto state = std::make_shared<DeviceState>(*modelNode);
    m_devices.insert(node, state);
    return state.get();
}

const DeviceState *DeviceConsoles::device(const QString &node) const
{
    return const_cast<DeviceConsoles *>(this)->stateOf(node);
}

QString DeviceConsoles::execute(const QString &node, const QString &cli)
{
    DeviceState *state = stateOf(node);
    devices::SimNode *simNode = m_network.node(node);
    if (!state || !simNode)
        return {};
    const QString prompt = node + QStringLiteral("# ");
    QStringList words;
    QList<int> columns;
    for (auto it = wordPattern().globalMatch(cli); it.hasNext();) {
        const auto word = it.next();
        words << word.captured();
        columns << int(word.capturedStart());
    }
    QString output;
    if (words.isEmpty()) {
        output.clear(); // an empty line just prints the prompt again
    } else if (words.front().startsWith(QLatin1Char('!'))) {
        output = commentReply(state->platform());
    } else {
        const CommandRegistry::Match match = m_commands.resolve(state->platform(), words);
        if (match.kind == CommandRegistry::Match::Kind::Found) {
            CommandContext context{*this, *state, *simNode, match.arguments, cli};
            output = (*match.handler)(context);
        } else {
            const int column = match.wordIndex < columns.size() ? columns.at(match.wordIndex) : int(cli.size());
            output = errorReply(state->platform(), match, cli, int(prompt.size()) + column);
        }
    }
    m_transcripts[node] += prompt + cli + QLatin1Char('\n') + output;
    return output;
}

model::Diagnostics DeviceConsoles::configure(const QString &node, const QString &line)
{
    DeviceState *state = stateOf(node);
    if (!state) {
        model::Diagnostic unknown;
        unknown.code = QStringLiteral("console.no-device-console");
        unknown.params = {{QStringLiteral("node"), node}};
        unknown.node = node;
        return {unknown};
    }
    const QString prompt = node + (state->platform() == Platform::Pix ? QStringLiteral("(config)# ")
                                                                      : QStringLiteral("(config)#"));
    m_transcripts[node] += prompt + line + QLatin1Char('\n');
    MergeResult merged = mergeConfigLine(*state, line);
    if (!model::hasErrors(merged.diagnostics) && merged.changed) {
        merged.diagnostics << m_network.reconfigure(node, merged.text);
        state->setConfigText(merged.text);
    }
    if (model::hasErrors(merged.diagnostics))
        m_transcripts[node] += configErrorReply(state->platform());
    for (model::Diagnostic &diagnostic : merged.diagnostics)
        diagnostic.node = node;
    return merged.diagnostics;
}

QMap<QString, QString> DeviceConsoles::transcripts() const
{
    return m_transcripts;
}

void DeviceConsoles::appendLine(const QString &node, const QString &text)
{
    appendText(node, text.endsWith(QLatin1Char('\n')) ? text : text + QLatin1Char('\n'));
}

void DeviceConsoles::onConsoleLine(const ConsoleTrace &line)
{
    appendLine(line.node, line.text);
}

void DeviceConsoles::onPacketSent(const PacketTrace &packet)
{
    output::PixInterfaceCounters &counters = m_counters[packet.node][packet.interface];
    ++counters.packetsOut;
    counters.bytesOut += std::uint64_t(packet.bytes.size());
}

void DeviceConsoles::onPacketReceived(const PacketTrace &packet)
{
    output::PixInterfaceCounters &counters = m_counters[packet.node][packet.interface];
    ++counters.packetsIn;
    counters.bytesIn += std::uint64_t(packet.bytes.size());
    // Destination 255.255.255.255 (bytes 16..19 of the IPv4 header): a broadcast.
    if (packet.bytes.size() >= 20 && packet.bytes.mid(16, 4) == QByteArray(4, char(0xff)))
        ++counters.broadcastsIn;
}

output::PixInterfaceCounters DeviceConsoles::interfaceCounters(const QString &node, const QString &interface) const
{
    return m_counters.value(node).value(interface);
}

void DeviceConsoles::appendText(const QString &node, const QString &text)
{
    m_transcripts[node] += text;
}

} // namespace vtd::sim::console
