#pragma once

namespace vtd::crypto {

/**
 * Clears the upper halves of the AVX registers (vzeroupper) where the CPU has them; does
 * nothing elsewhere.
 *
 * Botan's big-number and hash code is built for baseline x86-64 (legacy SSE encoding), while
 * Qt and glibc pick AVX and AVX-512 routines at run time. With the upper state left in use,
 * legacy SSE code can run slower, and system calls (the RNG behind DH blinding) save and
 * restore more state. Measured in `vpnsim bench`: the same Diffie-Hellman computation took
 * 10-15 % longer inside the simulation than in a tight loop, and clearing the state first
 * removed the difference. Compilers emit the same instruction on leaving AVX code; this does
 * it where our code enters Botan's.
 */
void clearUpperVectorState() noexcept;

} // namespace vtd::crypto
