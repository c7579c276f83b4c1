// A record that arrives from another of the patient's devices: its payload, after
// the sealed blob has been opened, goes through the phone's real pull path
// (MutationCodec::apply, then Repository::merge or putFromClinic) into a real store.
//
// The fuzzer cannot forge a sealed blob that opens (that is the point of sealing),
// so the target seals its input with the test key first, binding it to the record
// it names, exactly as the sending phone would.
//
// Input: [type selector][flags][serialized record]
//   flags bit 0: send it in the clear instead of sealed
//   flags bit 1: claim the other authority (clinic for a patient record or back)

#include "fuzzsupport.h"

#include "mutationcodec.h"
#include "repository.h"
#include "sealer.h"

using namespace circle;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initQt();
    fuzz::testPhone();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const int selector = data[0] % 13;
    const uint8_t flags = data[1];
    const QByteArray payload = fuzz::bytes(data + 2, size - 2);
    fuzz::TestPhone &p = fuzz::testPhone();

    int index = 0;
    forEachRecordType([&]<typename T>() {
        if (index++ != selector)
            return;
        // The sender names the record it sends; a payload that does not parse
        // still travels (under some id) so the receiving side must refuse it.
        T named;
        const std::string id = named.ParseFromArray(payload.constData(), int(payload.size()))
                && !named.meta().id().empty()
            ? named.meta().id()
            : std::string("0190f0f0-0000-7000-8000-000000000001");
        const std::string type = RecordTraits<T>::typeName;
        const bool clinic = RecordTraits<T>::authority == Authority::Clinic;

        v1::Change change;
        change.set_seq(1);
        change.set_clinic_authored((flags & 2) ? !clinic : clinic);
        v1::Mutation &m = *change.mutable_mutation();
        m.set_mutation_id("0190f0f0-0000-7000-8000-0000000000ff");
        m.set_record_type(type);
        m.set_record_id(id);
        m.set_hlc(named.meta().hlc());
        if (flags & 1)
            m.set_clear(payload.toStdString());
        else
            m.set_sealed(
                p.sealer
                    ->seal(payload,
                        Sealer::associatedData(QByteArrayView(type.data(), qsizetype(type.size())),
                            QByteArrayView(id.data(), qsizetype(id.size()))))
                    .toStdString());

        sql::Transaction tx(p.store().connection());
        CIRCLE_FUZZ_CHECK(tx.active());
        auto applied = p.codec->apply(change);
        if (!applied) {
            CIRCLE_FUZZ_CHECK(!applied.error().message.isEmpty());
            return;
        }
        // Accepted into an empty store: it must now be there, under the id it was sent as.
        auto stored = Repository<T>(p.store()).get(qs(id), true);
        CIRCLE_FUZZ_CHECK(stored.ok(), stored.ok() ? QString() : stored.error().message);
        CIRCLE_FUZZ_CHECK(stored.value().meta().id() == id);
        // Rolled back when tx goes out of scope, so every input meets the same empty store.
    });
    return 0;
}
