#!/usr/bin/env python3
"""Known-answer vectors for the sync tests, computed from the formats as documented in
sync/sealer.h and sync/recoverycode.h, independently of the C++ code.

Both formats outlive any build: sealed records sit on the clinic server and recovery codes
on paper. The C++ tests check against these values, so a change to either format cannot
pass unnoticed. Run: python3 make_vectors.py  (needs python3-cryptography)
"""
import hashlib
import struct

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305


def rotl(v, c):
    return ((v << c) & 0xFFFFFFFF) | (v >> (32 - c))


def quarter(s, a, b, c, d):
    s[a] = (s[a] + s[b]) & 0xFFFFFFFF; s[d] = rotl(s[d] ^ s[a], 16)
    s[c] = (s[c] + s[d]) & 0xFFFFFFFF; s[b] = rotl(s[b] ^ s[c], 12)
    s[a] = (s[a] + s[b]) & 0xFFFFFFFF; s[d] = rotl(s[d] ^ s[a], 8)
    s[c] = (s[c] + s[d]) & 0xFFFFFFFF; s[b] = rotl(s[b] ^ s[c], 7)


def hchacha20(key, nonce16):
    """HChaCha20 (draft-irtf-cfrg-xchacha, section 2.2): 20 ChaCha rounds, no final addition,
    output words 0-3 and 12-15."""
    s = [0x61707865, 0x3320646E, 0x79622D32, 0x6B206574]
    s += list(struct.unpack('<8I', key)) + list(struct.unpack('<4I', nonce16))
    for _ in range(10):
        quarter(s, 0, 4, 8, 12); quarter(s, 1, 5, 9, 13)
        quarter(s, 2, 6, 10, 14); quarter(s, 3, 7, 11, 15)
        quarter(s, 0, 5, 10, 15); quarter(s, 1, 6, 11, 12)
        quarter(s, 2, 7, 8, 13); quarter(s, 3, 4, 9, 14)
    return struct.pack('<8I', *(s[0:4] + s[12:16]))


def xchacha20poly1305_encrypt(key, nonce24, plaintext, ad):
    subkey = hchacha20(key, nonce24[:16])
    return ChaCha20Poly1305(subkey).encrypt(b'\0' * 4 + nonce24[16:], plaintext, ad)


def associated_data(record_type, record_id):
    return (struct.pack('>I', len(record_type)) + record_type
            + struct.pack('>I', len(record_id)) + record_id)


def seal(key, nonce, plaintext, ad):
    version = b'\x01'
    return version + nonce + xchacha20poly1305_encrypt(key, nonce, plaintext, version + ad)


ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
WEIGHTS = [8, 4, 2, 1]


def gf32_mul(a, b):
    p = 0
    for _ in range(5):
        if b & 1:
            p ^= a
        b >>= 1
        a <<= 1
        if a & 0x20:
            a ^= 0x25
    return p


def recovery_code(key):
    h = hashlib.blake2b(key, digest_size=16, key=b'Circle recovery code check, version 1').digest()
    bits = int.from_bytes(key, 'big') << 14 | (int.from_bytes(h[:2], 'big') >> 2)
    symbols = [(bits >> (5 * (53 - i))) & 31 for i in range(54)]
    groups = []
    for g in range(18):
        data = symbols[3 * g:3 * g + 3]
        check = g + 1
        for w, d in zip(WEIGHTS, data):
            check ^= gf32_mul(w, d)
        groups.append(''.join(ALPHABET[v] for v in data + [check]))
    return '-'.join(groups)


def test_key(fill):
    """tests/support/testutil.cpp: testKey()."""
    key = bytearray(fill.encode() * 32)
    key[0] = 0x01
    key[31] = 0xFE
    return bytes(key)


if __name__ == '__main__':
    # draft-irtf-cfrg-xchacha-03, 2.2.1, so the HChaCha20 above is known to be right.
    assert hchacha20(bytes(range(32)), bytes.fromhex('000000090000004a0000000031415927')) \
        == bytes.fromhex('82413b4227b27bfed30e42508a877d73a0f9e4d58a74a853c12ec41326d3ecdc')

    key = test_key('k')
    nonce = bytes(range(0x40, 0x40 + 24))
    ad = associated_data(b'journal_entry', b'0190a6f2-5c3e-7b4d-8e21-3f6a9d0c1b7e')
    plaintext = 'Slept badly, but I went to group anyway.'.encode()
    print('sealed  ', seal(key, nonce, plaintext, ad).hex())
    print('code k  ', recovery_code(key))
    print('code 0  ', recovery_code(bytes(32)))
    print('code ff ', recovery_code(b'\xff' * 32))
