// UserError is an error whose message is already a sentence for the person using the page.
export class UserError extends Error {
  constructor(message, detail) {
    super(message);
    this.userMessage = message;
    this.detail = detail;
  }
}
