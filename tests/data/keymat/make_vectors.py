#!/usr/bin/env python3
"""Known answers for tests/sim/tst_keymat_v1.cpp and tst_crypto_adapter.cpp.

Computed with nothing but Python's standard library (hashlib, hmac, pow), independently of
the project's C++ code, following RFC 2409 literally.  Run from this directory:

    python3 make_vectors.py            # rewrites oakley_groups.vec and ikev1_psk.vec

Inputs are derived from SHA-256 of fixed labels, so a re-run reproduces the files exactly.
"""
import hashlib
import hmac

# --- Oakley groups from their defining formulas (RFC 2409 §6.1/§6.2, RFC 3526 §2) -----------

def pi_fixed(bits):
    """floor(pi * 2^bits), by Machin's formula in integer arithmetic with guard bits."""
    guard = 64
    one = 1 << (bits + guard)

    def arctan_inv(x):
        total, term, n, sign = 0, one // x, 1, 1
        while term:
            total += sign * (term // n)
            term //= x * x
            n += 2
            sign = -sign
        return total

    return (16 * arctan_inv(5) - 4 * arctan_inv(239)) >> guard


def oakley_prime(bits, pi_bits, offset):
    # p = 2^bits - 2^(bits-64) - 1 + 2^64 * (floor(2^pi_bits * pi) + offset)
    return 2**bits - 2**(bits - 64) - 1 + 2**64 * (pi_fixed(pi_bits) + offset)


PRIMES = {
    1: oakley_prime(768, 638, 149686),     # RFC 2409 §6.1
    2: oakley_prime(1024, 894, 129093),    # RFC 2409 §6.2
    5: oakley_prime(1536, 1406, 741804),   # RFC 3526 §2
}
PRIME_BYTES = {1: 96, 2: 128, 5: 192}

# The hex printed in RFC 2409 §6.1, to check the formula evaluation above.
RFC2409_GROUP1_HEX = (
    "FFFFFFFF FFFFFFFF C90FDAA2 2168C234 C4C6628B 80DC1CD1 29024E08 8A67CC74 020BBEA6 3B139B22"
    " 514A0879 8E3404DD EF9519B3 CD3A431B 302B0A6D F25F1437 4FE1356D 6D51C245 E485B576 625E7EC6"
    " F44C42E9 A63A3620 FFFFFFFF FFFFFFFF")


def probably_prime(n, rounds=16):
    d, s = n - 1, 0
    while d % 2 == 0:
        d, s = d // 2, s + 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53)[:rounds]:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def check_primes():
    assert PRIMES[1] == int(RFC2409_GROUP1_HEX.replace(" ", ""), 16)
    for group, p in PRIMES.items():
        assert p.bit_length() == PRIME_BYTES[group] * 8
        assert probably_prime(p) and probably_prime((p - 1) // 2), group  # safe primes

# --- helpers -----------------------------------------------------------------------------

HASHES = {"md5": hashlib.md5, "sha1": hashlib.sha1}
CIPHERS = {  # name: (key bytes, block bytes)
    "des": (8, 8), "3des": (24, 8), "aes128": (16, 16), "aes192": (24, 16), "aes256": (32, 16)}


def det(label, n):
    """n deterministic pseudo-random bytes for an input called label."""
    out = b""
    counter = 0
    while len(out) < n:
        out += hashlib.sha256(f"{label}#{counter}".encode()).digest()
        counter += 1
    return out[:n]


def prf(h, key, data):
    return hmac.new(key, data, HASHES[h]).digest()


def plain_hash(h, data):
    return HASHES[h](data).digest()


def i2b(value, length):
    return value.to_bytes(length, "big")


def dh(group, x_bytes):
    return i2b(pow(2, int.from_bytes(x_bytes, "big"), PRIMES[group]), PRIME_BYTES[group])


def dh_shared(group, x_bytes, peer_public):
    y = int.from_bytes(peer_public, "big")
    return i2b(pow(y, int.from_bytes(x_bytes, "big"), PRIMES[group]), PRIME_BYTES[group])


def expand(h, key, seed_first, length):
    """RFC 2409 App. B: K1 = prf(K, first), Kn = prf(K, K(n-1)); result = K1 | K2 | ..."""
    out, block = b"", prf(h, key, seed_first)
    out += block
    while len(out) < length:
        block = prf(h, key, block)
        out += block
    return out[:length]


def keymat(h, skeyid_d, gqmxy, protocol, spi, ni_b, nr_b, length):
    """RFC 2409 §5.5: K1 = prf(SKEYID_d, [g(qm)^xy |] protocol | SPI | Ni_b | Nr_b),
    K(n) = prf(SKEYID_d, K(n-1) | [g(qm)^xy |] protocol | SPI | Ni_b | Nr_b)."""
    tail = gqmxy + bytes([protocol]) + spi + ni_b + nr_b
    out, block = b"", b""
    while len(out) < length:
        block = prf(h, skeyid_d, block + tail)
        out += block
    return out[:length]

# --- one phase-1 + phase-2 case ------------------------------------------------------------

def phase1(c):
    h, group = c["hash"], c["group"]
    c["gxi"], c["gxr"] = dh(group, c["xi"]), dh(group, c["xr"])
    c["gxy"] = dh_shared(group, c["xi"], c["gxr"])
    assert c["gxy"] == dh_shared(group, c["xr"], c["gxi"])
    base = c["gxy"] + c["cky_i"] + c["cky_r"]
    c["skeyid"] = prf(h, c["psk"], c["ni_b"] + c["nr_b"])
    c["skeyid_d"] = prf(h, c["skeyid"], base + b"\x00")
    c["skeyid_a"] = prf(h, c["skeyid"], c["skeyid_d"] + base + b"\x01")
    c["skeyid_e"] = prf(h, c["skeyid"], c["skeyid_a"] + base + b"\x02")
    key_len, block = CIPHERS[c["cipher"]]
    e = c["skeyid_e"]
    c["enc_key"] = e[:key_len] if len(e) >= key_len else expand(h, e, b"\x00", key_len)
    c["hash_i"] = prf(h, c["skeyid"], c["gxi"] + c["gxr"] + c["cky_i"] + c["cky_r"]
                      + c["sai_b"] + c["idii_b"])
    c["hash_r"] = prf(h, c["skeyid"], c["gxr"] + c["gxi"] + c["cky_r"] + c["cky_i"]
                      + c["sai_b"] + c["idir_b"])
    c["phase1_iv"] = plain_hash(h, c["gxi"] + c["gxr"])[:block]
    c["phase2_iv"] = plain_hash(h, c["last_phase1_block"] + c["mid"])[:block]


def phase2(c):
    h, a = c["hash"], c["skeyid_a"]
    c["qm_hash1"] = prf(h, a, c["qm_mid"] + c["qm_payloads1"])
    c["qm_hash2"] = prf(h, a, c["qm_mid"] + c["qm_ni_b"] + c["qm_payloads2"])
    c["qm_hash3"] = prf(h, a, b"\x00" + c["qm_mid"] + c["qm_ni_b"] + c["qm_nr_b"])
    c["gqmxy"] = dh_shared(c["group"], c["qm_xi"], dh(c["group"], c["qm_xr"]))
    n = c["keymat_length"]
    c["keymat"] = keymat(h, c["skeyid_d"], b"", 3, c["spi"], c["qm_ni_b"], c["qm_nr_b"], n)
    c["keymat_pfs"] = keymat(h, c["skeyid_d"], c["gqmxy"], 3, c["spi"], c["qm_ni_b"],
                             c["qm_nr_b"], n)


def generated_case(name, h, cipher, group, psk, keymat_length):
    x_len = 30 if group == 5 else 20
    c = {"name": name, "hash": h, "cipher": cipher, "group": group, "psk": psk}
    for field, n in (("cky_i", 8), ("cky_r", 8), ("xi", x_len), ("xr", x_len), ("ni_b", 20),
                     ("nr_b", 16), ("sai_b", 52), ("idii_b", 8), ("idir_b", 8),
                     ("mid", 4), ("qm_mid", 4), ("qm_ni_b", 20), ("qm_nr_b", 24),
                     ("qm_payloads1", 132), ("qm_payloads2", 96), ("qm_xi", x_len),
                     ("qm_xr", x_len), ("spi", 4)):
        c[field] = det(f"{name}/{field}", n)
    c["last_phase1_block"] = det(f"{name}/last_phase1_block", CIPHERS[cipher][1])
    c["keymat_length"] = keymat_length
    phase1(c)
    phase2(c)
    return c

# --- the locally computed example of shared/reference/ike-v1-behaviour.md §8.1 -------------

def reference_case():
    c = {"name": "reference-8.1", "hash": "sha1", "cipher": "des", "group": 2,
         "psk": b"cisco123",
         "cky_i": bytes.fromhex("0123456789abcdef"), "cky_r": bytes.fromhex("fedcba9876543210"),
         "xi": bytes.fromhex("3dbbe4e27182b6733b1214885cea764d9052d52a"),
         "xr": bytes.fromhex("f1826e2f5ba1897998e65268db42bc3c86667909"),
         "ni_b": bytes.fromhex("245772891a555550d251d8523e12f8a2d4dea724"),
         "nr_b": bytes.fromhex("54a7dd073e59e571941b293e6cd1861835443e23"),
         "sai_b": bytes.fromhex("00000001000000010000002c0101000100000024010100008001000180020002"
                                "80030001800400028 00b0001000c000400015180".replace(" ", "")),
         "idii_b": bytes.fromhex("011101f4c1000005"), "idir_b": bytes.fromhex("011101f40a30429c"),
         "last_phase1_block": bytes.fromhex("0011223344556677"),
         "mid": bytes.fromhex("c87f4f43")}
    phase1(c)
    expected = {
        "skeyid": "99c915539e6b1ea9936f13ac23b93135d6907213",
        "skeyid_d": "02c0f0f1931e6f2e64a054c3d5f27487d11683ca",
        "skeyid_a": "ad8cc6ee27c9f14843d5362c5dfa36cac54d2c68",
        "skeyid_e": "11c89135d10b95257ac58a91550dce62efbfe888",
        "hash_i": "1afeccc8471e6bb6a06bcfd1c97af141545187c0",
        "hash_r": "835bc6b4b11fefff174083ab90af1bb03e1285fe",
        "phase1_iv": "3841ccb1ed9f1abc", "enc_key": "11c89135d10b9525",
        "phase2_iv": "b2c0e9b0d8f6c60d"}
    for field, value in expected.items():
        assert c[field].hex() == value, field
    # The reference's 3DES key and KEYMAT (SPI 8312e721, no PFS, phase-1 nonces reused).
    assert expand("sha1", c["skeyid_e"], b"\x00", 24).hex() == \
        "c4961d9f772fdec7c101033433716df930aeadc9ca70ee21"
    assert keymat("sha1", c["skeyid_d"], b"", 3, bytes.fromhex("8312e721"), c["ni_b"], c["nr_b"],
                  28).hex() == "4bddfbead0031003bcc8310cbf87dcb4be2969372904a29afc95d59e"
    return c

# --- output --------------------------------------------------------------------------------

FIELDS = ["hash", "cipher", "group", "psk", "cky_i", "cky_r", "xi", "xr", "gxi", "gxr", "gxy",
          "ni_b", "nr_b", "skeyid", "skeyid_d", "skeyid_a", "skeyid_e", "enc_key", "sai_b",
          "idii_b", "idir_b", "hash_i", "hash_r", "phase1_iv", "last_phase1_block", "mid",
          "phase2_iv", "qm_mid", "qm_ni_b", "qm_nr_b", "qm_payloads1", "qm_hash1",
          "qm_payloads2", "qm_hash2", "qm_hash3", "qm_xi", "qm_xr", "gqmxy", "spi",
          "keymat_length", "keymat", "keymat_pfs"]


def render(value):
    if isinstance(value, bytes):
        return value.hex()
    return str(value)


def write_cases(path, cases, header):
    with open(path, "w") as out:
        out.write(header)
        for c in cases:
            out.write(f"\n[{c['name']}]\n")
            for field in FIELDS:
                if field in c:
                    out.write(f"{field} = {render(c[field])}\n")


def main():
    check_primes()
    reference_case()  # asserts that this script reproduces the reference's example
    cases = [
        generated_case("sha1-3des-group2", "sha1", "3des", 2, b"cisco123", 44),
        generated_case("md5-aes256-group1", "md5", "aes256", 1, b"vpn-group-pw", 48),
        generated_case("sha1-aes128-group5", "sha1", "aes128", 5, b"k3y!", 36),
        generated_case("md5-des-group2", "md5", "des", 2, b"rain-to-snow", 24),
        generated_case("sha1-aes192-group1", "sha1", "aes192", 1, b"x", 44),
    ]
    header = ("# IKEv1 pre-shared-key derivations (RFC 2409 §5, §5.5, App. B), computed by\n"
              "# make_vectors.py with Python's hashlib/hmac/pow. Hex unless noted; psk as hex of\n"
              "# its ASCII text; keymat_length in bytes (ESP encryption key + auth key).\n")
    write_cases("ikev1_psk.vec", cases, header)

    with open("oakley_groups.vec", "w") as out:
        out.write("# Oakley MODP primes evaluated from their formulas (RFC 2409 §6.1, §6.2,\n"
                  "# RFC 3526 §2) and DH known answers g^x mod p, computed by make_vectors.py.\n")
        for group in (1, 2, 5):
            x_len = 30 if group == 5 else 20
            xa, xb = det(f"group{group}/xa", x_len), det(f"group{group}/xb", x_len)
            out.write(f"\n[group{group}]\ngroup = {group}\n")
            out.write(f"prime = {i2b(PRIMES[group], PRIME_BYTES[group]).hex()}\n")
            out.write(f"xa = {xa.hex()}\nga = {dh(group, xa).hex()}\n")
            out.write(f"xb = {xb.hex()}\ngb = {dh(group, xb).hex()}\n")
            out.write(f"gab = {dh_shared(group, xa, dh(group, xb)).hex()}\n")


if __name__ == "__main__":
    main()
