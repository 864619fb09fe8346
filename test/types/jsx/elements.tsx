// React 19 and Preact TSX against the generated types (dist/types/react.d.ts and preact.d.ts): every
// element with its attributes and event listeners, then mistakes the types must reject. One file,
// checked twice (test/framework-types.node.test.ts): by test/types/react/tsconfig.json with React's
// JSX and by test/types/preact/tsconfig.json with Preact's. Each maps `jsx-framework` to the
// framework.ts beside it, which turns that framework's types on and gives the hooks and the element
// type used here. Each `@ts-expect-error` fails the check (TS2578) if the types stop catching its
// mistake, under either framework.
import type {
  AftercareChangeDetail,
  AftercareExportDetail,
  AreaSizeChange,
  AreaSizeGuide,
  PreparationChange,
  SuitabilityChangeDetail,
  SuitabilityChecker,
} from 'microsclerotherapy-widgets';
import { useRef, useState, type Rendered } from 'jsx-framework';

export function Page(): Rendered {
  const checker = useRef<SuitabilityChecker>(null);
  const [headline, setHeadline] = useState('');
  const onArea = (event: CustomEvent<AreaSizeChange>): void => {
    setHeadline(event.detail.size);
  };
  return (
    <main className="page" style={{ maxWidth: '40rem' }}>
      <suitability-checker
        ref={checker}
        key="checker"
        id="checker"
        mode="list"
        name="answers"
        value-format="fhir"
        clinic-name="Leafy Lane Vein Clinic"
        booking-url="/book"
        contact-url="/contact"
        contact-phone="020 7946 0000"
        face-alternative="Thermavein"
        today="2026-03-10"
        heading-level="3"
        reviewed-by="Dr A. Example"
        reviewed-on="2026-01-05"
        next-review="2027-01-05"
        protocol="clinic-protocol"
        onsuitability-change={(event) => {
          setHeadline(event.detail.headline);
        }}
      />
      <p>{headline}</p>
      <area-size-guide value="medium" price-small="120" price-medium="180" price-large="240" currency="GBP" onarea-size-change={onArea} />
      <aftercare-timeline
        treatment-date="2026-03-27"
        today="2026-03-30"
        clinic-name="Leafy Lane Vein Clinic"
        emergency-text="A&E"
        emergency-phone="999"
        compact
        onaftercare-change={(event: CustomEvent<AftercareChangeDetail>) => {
          setHeadline(event.detail.phase?.status ?? '');
        }}
        onaftercare-export={(event: CustomEvent<AftercareExportDetail>) => {
          setHeadline(event.detail.fileName);
        }}
      />
      <complications-list group="urgent" emergencyText="A&E" emergency-phone="999" className="complications" />
      <preparation-checklist
        appointment-date="2026-03-27"
        appointment-time="09:30"
        remember={false}
        onpreparation-change={(event: CustomEvent<PreparationChange>) => {
          setHeadline(String(event.detail.checked.length));
        }}
      >
        <span>children are allowed</span>
      </preparation-checklist>
    </main>
  );
}

/** Mistakes: each line below must be a type error. */
export function Mistakes(): Rendered {
  const areaGuide = useRef<AreaSizeGuide>(null);
  return (
    <>
      {/* @ts-expect-error a keyword the attribute does not take */}
      <suitability-checker mode="fast" />
      {/* @ts-expect-error a heading level out of range */}
      <complications-list heading-level="7" />
      {/* @ts-expect-error an attribute no element has */}
      <area-size-guide colour="red" />
      {/* @ts-expect-error a boolean attribute given a string */}
      <aftercare-timeline compact="yes" />
      {/* @ts-expect-error a string attribute given a number */}
      <aftercare-timeline treatment-date={20260327} />
      {/* @ts-expect-error a property given a value of the wrong type */}
      <suitability-checker clinicName={42} />
      {/* @ts-expect-error the handler of another event's detail */}
      <suitability-checker onsuitability-change={(event: CustomEvent<AreaSizeChange>) => event.detail.size} />
      {/* @ts-expect-error a detail property the event does not have */}
      <suitability-checker onsuitability-change={(event) => event.detail.size} />
      {/* @ts-expect-error a camelCase listener: React 19 would listen to "SuitabilityChange", Preact to "suitabilitychange" */}
      <suitability-checker onSuitabilityChange={(event: CustomEvent<SuitabilityChangeDetail>) => event.detail} />
      {/* @ts-expect-error a ref to another element's class */}
      <suitability-checker ref={areaGuide} />
    </>
  );
}
