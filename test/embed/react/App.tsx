import { useState } from 'react';
import 'microsclerotherapy-widgets/area-size-guide';
import 'microsclerotherapy-widgets/suitability-checker';
import type { AreaSize } from 'microsclerotherapy-widgets';
import type {} from 'microsclerotherapy-widgets/types/react';

export function Treatment() {
  const [size, setSize] = useState<AreaSize>('medium');
  const [toTell, setToTell] = useState(0);
  return (
    <>
      <area-size-guide
        value={size}
        price-small="120"
        price-medium="180"
        price-large="240"
        currency="GBP"
        onarea-size-change={(event) => setSize(event.detail.size)}
      />
      <p>Area: <output>{size}</output></p>

      <suitability-checker
        clinicName="Leafy Lane Vein Clinic"
        booking-url="/book"
        mode="list"
        onsuitability-change={(event) => setToTell(event.detail.findings.length)}
      />
      <p>Things to tell the clinic so far: <output>{toTell}</output></p>
    </>
  );
}
