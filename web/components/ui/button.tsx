import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { Link, type LinkProps } from 'react-router';

export type ButtonVariant = 'primary' | 'secondary' | 'tertiary';

type ButtonProps = {
  variant?: ButtonVariant;
  /** A request is running: the button ignores clicks but keeps focus and its name (aria-disabled, not disabled). */
  busy?: boolean;
  /** Not available right now, but still focusable so that focus is not lost (aria-disabled, not disabled). */
  unavailable?: boolean;
  children: ReactNode;
} & Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'className' | 'children'>;

export function Button(props: ButtonProps) {
  const { variant = 'primary', busy = false, unavailable = false, type = 'button', onClick, children, ...rest } = props;
  const inactive = busy || unavailable;
  return (
    <button
      {...rest}
      type={type}
      className={`kern-btn kern-btn--${variant}`}
      aria-disabled={inactive ? true : rest['aria-disabled']}
      onClick={(event) => {
        if (inactive) {
          event.preventDefault();
          return;
        }
        onClick?.(event);
      }}
    >
      <span className="kern-label">{children}</span>
    </button>
  );
}

type ButtonLinkProps = { variant?: ButtonVariant; children: ReactNode } & Omit<LinkProps, 'className' | 'children'>;

/** A router link that looks like a KERN button (for navigation, not for actions). */
export function ButtonLink({ variant = 'primary', children, ...link }: ButtonLinkProps) {
  return (
    <Link {...link} className={`kern-btn kern-btn--${variant}`}>
      <span className="kern-label">{children}</span>
    </Link>
  );
}

export function ButtonRow({ children }: { children: ReactNode }) {
  return <div className="kern-btn-wrapper app-button-row">{children}</div>;
}
