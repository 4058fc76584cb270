/** The signed-in user of a request, as the JWT guard found it in the database. */
export interface AuthenticatedUser {
  readonly id: string;
  readonly email: string;
}
