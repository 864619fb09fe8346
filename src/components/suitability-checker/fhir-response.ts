import type { ReactiveControllerHost } from 'lit';
import type { FhirQuestionnaireResponseJson } from '../../core/fhir-json.js';
import type { ClinicProtocol } from '../../core/rules.js';
import { onDemand } from '../../internal/on-demand.js';
import { warnNotLoaded } from '../../internal/warn.js';
import type { SuitabilityFormValue } from './checker-state.js';

/** The core's FHIR module, loaded on first use so the element's bundle never carries it. */
const loadFhir = onDemand(() => import('../../core/fhir.js'));
type FhirModule = Awaited<ReturnType<typeof loadFhir>>;

/**
 * The answers as a FHIR R4 QuestionnaireResponse (`value-format="fhir"`), from the core's
 * `toFhirQuestionnaireResponse`, whose code is loaded when an element first needs it. Code that
 * cannot be loaded warns, and is tried again at the next need.
 */
export class FhirResponse {
  private _fhir: FhirModule | undefined;
  private _loading: Promise<FhirModule | undefined> | undefined;

  /** `protocol`: the clinic's protocol, which the response names with the questions it asks. */
  constructor(
    private readonly _host: ReactiveControllerHost & Element,
    private readonly _protocol: () => ClinicProtocol | undefined,
  ) {}

  /** The response to the answers, or `undefined` while the code is not loaded. */
  now(value: SuitabilityFormValue): FhirQuestionnaireResponseJson | undefined {
    return this._fhir && this._response(this._fhir, value);
  }

  /** The response to the answers once the code has loaded; `undefined` if it could not be loaded. */
  async whenLoaded(value: SuitabilityFormValue): Promise<FhirQuestionnaireResponseJson | undefined> {
    const fhir = await this.load();
    return fhir && this._response(fhir, value);
  }

  /** Loads the code once (the element then renders again, to set its form value). */
  load(): Promise<FhirModule | undefined> {
    return (this._loading ??= loadFhir().then(
      (fhir) => {
        this._fhir = fhir;
        this._host.requestUpdate();
        return fhir;
      },
      (error: unknown) => {
        this._loading = undefined;
        warnNotLoaded(this._host, 'its FHIR code', error);
        return undefined;
      },
    ));
  }

  private _response(fhir: FhirModule, { answers, dates }: SuitabilityFormValue): FhirQuestionnaireResponseJson {
    // The core's full FHIR type, given to the page as the loosely typed JSON (./fhir-json.ts).
    return fhir.toFhirQuestionnaireResponse(answers, { dates, protocol: this._protocol() }) as unknown as FhirQuestionnaireResponseJson;
  }
}
