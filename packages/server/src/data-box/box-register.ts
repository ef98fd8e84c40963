/** Who a person is at their identity provider: what a register knows them by. */
interface RegisteredPerson {
  issuer: string;
  subject: string;
}

/**
 * The seam to the register of data boxes: whether a person has a box at all (some citizens have none). The portal
 * creates the box's row on first use for a person the register says has one.
 */
export type DataBoxRegister = (person: RegisteredPerson) => boolean | Promise<boolean>;

/** Until a real register is plugged in: everyone has a box. */
export const everyoneHasABox: DataBoxRegister = () => true;
