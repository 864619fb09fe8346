import { useState } from 'react';
import 'microsclerotherapy-widgets/area-size-guide';
import 'microsclerotherapy-widgets/suitability-checker';

export function Treatment() {
  const [size, setSize] = useState('medium');
  const [headline, setHeadline] = useState('');
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
        onsuitability-change={(event) => setHeadline(event.detail.headline)}
      />
      <p>Result: <output>{headline}</output></p>
    </>
  );
}
