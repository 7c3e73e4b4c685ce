#pragma once

// The IKE/IPsec console commands: show crypto isakmp sa / ipsec sa, debug crypto isakmp / ipsec
// (and their "no" forms, undebug all), show debug; the clear commands (crypto_clear_commands.h).

namespace vtd::sim::console {

class CommandRegistry;

/** Registers the crypto commands for PIX and IOS, the clear commands with them. */
void registerCryptoCommands(CommandRegistry &registry);

} // namespace vtd::sim::console
