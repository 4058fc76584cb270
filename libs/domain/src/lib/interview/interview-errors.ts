/** A finished interview takes no more messages (the API answers 409). */
export class InterviewFinishedError extends Error {
  constructor() {
    super('The interview is finished');
    this.name = 'InterviewFinishedError';
  }
}

/** A stored state this version of the engine cannot read. */
export class UnsupportedStateVersionError extends Error {
  constructor(version: unknown) {
    super(`Unsupported interview state version: ${String(version)}`);
    this.name = 'UnsupportedStateVersionError';
  }
}
