// React 19 renders custom elements natively: `profile` and `step` are set as properties, the other
// props as attributes, and an `onmbc-…` prop listens to that event. `mbc-decision-aid/jsx` types all
// of them (attribute values, event details); HTMLElementTagNameMap types the element behind a ref.
import { useRef, useState } from 'react';
import 'mbc-decision-aid';
import type {} from 'mbc-decision-aid/jsx';
import type { ErrorCode, StepId } from 'mbc-decision-aid';

export function App() {
  const guide = useRef<HTMLElementTagNameMap['mbc-decision-aid']>(null);
  const [step, setStep] = useState<StepId>('intro');
  const [problem, setProblem] = useState<ErrorCode | null>(null);
  return (
    <main>
      <h1>Understanding treatment options</h1>
      <p id="step-shown">Step: {step}</p>
      {problem && <p role="status">The guide reported: {problem}</p>}
      <button type="button" onClick={() => guide.current?.reset()}>
        Start again
      </button>
      <mbc-decision-aid
        ref={guide}
        org-name="Example Network"
        helpline="1-800-555-0199"
        storage="none"
        onmbc-step-change={(e) => setStep(e.detail.step)}
        onmbc-error={(e) => setProblem(e.detail.code)}
      />
    </main>
  );
}
