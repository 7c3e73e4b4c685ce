#include "hash.h"

#include "botan_names.h"
#include "vector_state.h"

#include <botan/exceptn.h>
#include <botan/hash.h>

namespace vtd::crypto {

Result<Bytes> hash(HashAlgorithm algorithm, BytesView data)
{
    clearUpperVectorState();
    try {
        const auto function = Botan::HashFunction::create(botanHashName(algorithm));
        if (!function)
            return CryptoError::Unavailable;
        function->update(data.data(), data.size());
        Bytes digest(function->output_length());
        function->final(digest.data());
        return digest;
    } catch (const Botan::Exception &) {
        return CryptoError::BackendFailure;
    }
}

} // namespace vtd::crypto
