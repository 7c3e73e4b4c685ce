#pragma once

// The IKE/IPsec clear commands: PIX 6.2 `clear crypto isakmp sa` and `clear crypto ipsec sa
// [peer ADDR | map NAME | entry DEST {esp|ah} SPI | counters]`; IOS 12.2 `clear crypto isakmp
// [CONN-ID]` and `clear crypto sa [peer ADDR | map NAME | entry DEST {esp|ah} SPI | counters]`.

namespace vtd::sim::console {

class CommandRegistry;

/** Registers the clear commands of both platforms. */
void registerCryptoClearCommands(CommandRegistry &registry);

} // namespace vtd::sim::console
