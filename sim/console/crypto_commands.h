#pragma once

// The IKE/IPsec console commands: show crypto isakmp sa / ipsec sa, debug crypto isakmp / ipsec
// (and their "no" forms, undebug all), clear crypto isakmp sa / ipsec sa, show debug.

namespace vtd::sim::console {

class CommandRegistry;

/** Registers the crypto commands for PIX (show output in PIX 6.2 format). */
void registerCryptoCommands(CommandRegistry &registry);

} // namespace vtd::sim::console
