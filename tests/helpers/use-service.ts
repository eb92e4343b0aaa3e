// File-level fixtures: a real provider and a service started before a file's tests and closed
// after them, the set-up block the app test files each wrote out. Each returns stand-ins a file
// names at its top (`const { idp, service } = useService()`); they forward to the real objects
// once the beforeAll hook has made them, as vitest's hooks run in the order they are registered.
import { afterAll, beforeAll } from "vitest";
import {
  APP_HOST,
  harnessIdpOptions,
  Jar,
  login,
  startService,
  type Clock,
  type Service,
  type ServiceOptions,
} from "./harness.ts";
import { startTestIdp, type TestIdp, type TestIdpOptions, type TestUser } from "./idp.ts";

/** An object made later by a hook, and a stand-in for it that a test file can name now. */
export interface Late<T extends object> {
  /** Forwards every property read to the object once it is set; throws before. */
  readonly standIn: T;
  set(actual: T): void;
  /** The object, or undefined before it is set (for clean-ups after a failed start). */
  readonly actual: T | undefined;
}

export function late<T extends object>(what: string): Late<T> {
  let actual: T | undefined;
  const get = (): T => {
    if (actual === undefined) {
      throw new Error(
        `${what} is not started yet: use it inside a test, or in a hook registered after the fixture`,
      );
    }
    return actual;
  };
  // The target is never read: every trap asks the object the hook made.
  const standIn = new Proxy({} as T, {
    get(_target, key) {
      const target = get();
      const value: unknown = Reflect.get(target, key, target);
      // Methods run on the real object (Jar#store reads this.cookies).
      return typeof value === "function"
        ? (value as (...args: unknown[]) => unknown).bind(target)
        : value;
    },
    has: (_target, key) => Reflect.has(get(), key),
    ownKeys: () => Reflect.ownKeys(get()),
    getOwnPropertyDescriptor(_target, key) {
      const descriptor = Reflect.getOwnPropertyDescriptor(get(), key);
      // A proxy may report a property of its target only as configurable.
      return descriptor === undefined ? undefined : { ...descriptor, configurable: true };
    },
  });
  return {
    standIn,
    set(value) {
      actual = value;
    },
    get actual() {
      return actual;
    },
  };
}

/**
 * A real provider for the whole file: the harness's (every USERS entry, the service's client)
 * with `options` over it. Closed after the file's tests.
 */
export function useIdp(options: Partial<TestIdpOptions> = {}): TestIdp {
  const idp = late<TestIdp>("the test provider");
  beforeAll(async () => {
    idp.set(await startTestIdp({ ...harnessIdpOptions(), ...options }));
  });
  afterAll(async () => {
    await idp.actual?.close();
  });
  return idp.standIn;
}

export interface UseServiceOptions extends ServiceOptions {
  /** The provider's options over the harness's (see useIdp). */
  idp?: Partial<TestIdpOptions>;
  /** FORWARD_AUTH_* variables over testEnv's. */
  env?: Record<string, string>;
  clock?: Clock;
}

export interface ServiceFixture {
  readonly idp: TestIdp;
  readonly service: Service;
  /**
   * Another service on the same provider, started after this one in the scope it is called in
   * (the file, or a describe block), and stopped after that scope's tests.
   */
  readonly another: (options?: Omit<UseServiceOptions, "idp">) => Service;
  /** A browser signed in as `user` at `host` before the scope's tests: its cookie jar. */
  readonly signedIn: (user: TestUser, host?: string) => Jar;
}

/** Starts a service on `idp` in a beforeAll hook of the current scope; stops it after. */
function serviceOn(idp: TestIdp, options: Omit<UseServiceOptions, "idp">, what: string): Service {
  const service = late<Service>(what);
  beforeAll(async () => {
    service.set(await startService(idp.issuer, options.env, options.clock, options));
  });
  afterAll(() => {
    service.actual?.oidc.stop();
  });
  return service.standIn;
}

/**
 * The set-up most app tests share: a real provider and one service in-process against it, both
 * started before the file's tests (logins and other services registered after it start after it)
 * and closed after them.
 */
export function useService(options: UseServiceOptions = {}): ServiceFixture {
  const idp = useIdp(options.idp);
  const service = serviceOn(idp, options, "the service");
  return {
    idp,
    service,
    another: (more = {}) => serviceOn(idp, more, "another service"),
    signedIn: (user, host = APP_HOST) => {
      const jar = late<Jar>(`${user.username}'s session`);
      beforeAll(async () => {
        jar.set((await login(service, user, "/", new Jar(), host)).jar);
      });
      return jar.standIn;
    },
  };
}
