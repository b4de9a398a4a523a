/** An answer other than 200, with VideoSDK's `{message}` body. */
export class ApiError extends Error {
  constructor(
    readonly status: 400 | 402 | 403 | 404 | 409,
    message: string,
  ) {
    super(message);
  }
}
