import type { Answer, SuitabilityQuestion } from '../../src/core/index.js';

/**
 * The answer to a question that raises nothing: the one option not in `raises` ("On my legs", "No",
 * or "Yes" to "Can you walk?"), read from the core rather than assumed to be "No".
 */
export const clearAnswer = (question: SuitabilityQuestion): Answer => question.options.find((option) => !question.raises.includes(option))!;
