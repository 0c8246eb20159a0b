import type { ReactNode } from 'react';
import { Navbar, NavbarDivider, NavbarGroup } from '@blueprintjs/core';
import { PreferencesMenu } from './PreferencesMenu';
import { ThemeToggleButton } from './ThemeToggleButton';

/** The app header: screen-specific content on the left and actions, then the global controls. */
export function TopBar({ children, actions }: { children?: ReactNode; actions?: ReactNode }) {
  return (
    <Navbar className="wb-topbar" role="banner">
      <NavbarGroup align="left" className="wb-topbar__left">
        {children}
      </NavbarGroup>
      <NavbarGroup align="right">
        {actions}
        {actions && <NavbarDivider />}
        <ThemeToggleButton />
        <PreferencesMenu />
      </NavbarGroup>
    </Navbar>
  );
}
