package editorial

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"warta"
	"warta/internal/auth"
)

// TwoStep runs two-step verification for accounts: turning it on with a
// first code, turning it off, one-time recovery codes, and the second step
// of a sign-in. Rate limits stay with the caller, which knows the client.
type TwoStep struct {
	Store warta.Store
	// Now is the clock; the store's when nil.
	Now func() time.Time
}

func (s *TwoStep) now() time.Time {
	if s.Now != nil {
		return s.Now()
	}
	return s.Store.Now()
}

// Two-step errors, each with its own message.
var (
	errWrongCode    = &warta.Error{Code: warta.EUNAUTHORIZED, Key: "nr.login.wrong_code", Message: "wrong verification code"}
	errCodeMissing  = &warta.Error{Code: warta.EUNAUTHORIZED, Key: "nr.login.code_missing", Message: "verification code required"}
	errCodeUsed     = &warta.Error{Code: warta.EUNAUTHORIZED, Key: "nr.login.code_used", Message: "verification code already used"}
	errRecoveryUsed = &warta.Error{Code: warta.EUNAUTHORIZED, Key: "nr.login.recovery_used", Message: "recovery code already used"}
	errSetupCode    = &warta.Error{Code: warta.EINVALID, Key: "nr.error.totp_code", Message: "wrong code for the new key"}
	errProof        = &warta.Error{Code: warta.EINVALID, Key: "nr.error.code_or_password", Message: "wrong code or password"}
	errTwoStepIsOff = &warta.Error{Code: warta.EINVALID, Key: "error.bad_request", Message: "two-step verification is off"}
	maxSecretLength = 128 // base32 of the largest secret auth accepts, with room for spaces
	maxProofLength  = 1024
)

// Enable turns two-step verification on for u with secret, once code
// shows that an authenticator app holds it. It returns the new recovery
// codes, to be shown once; the store keeps only their hashes. The
// confirming code cannot sign in afterwards.
func (s *TwoStep) Enable(ctx context.Context, u *warta.User, secret, code string) ([]string, error) {
	if len(secret) > maxSecretLength {
		return nil, errSetupCode
	}
	step, ok := auth.MatchTOTP(secret, code, s.now())
	if !ok {
		return nil, errSetupCode
	}
	codes, err := auth.NewRecoveryCodes()
	if err != nil {
		return nil, err
	}
	err = s.Store.Update(ctx, func(tx warta.Tx) error {
		me, err := tx.FindUserByID(ctx, u.ID)
		if err != nil {
			return err
		}
		me.TOTPSecret = strings.ToUpper(strings.ReplaceAll(secret, " ", ""))
		if err := tx.UpdateUser(ctx, me); err != nil {
			return err
		}
		if _, err := tx.ClaimTOTPStep(ctx, u.ID, step); err != nil {
			return err
		}
		if err := tx.ReplaceRecoveryCodes(ctx, u.ID, recoveryHashes(u.ID, codes)); err != nil {
			return err
		}
		return twoStepAudit(ctx, tx, u, "totp_on")
	})
	if err != nil {
		return nil, fmt.Errorf("turn on two-step verification for user %d: %w", u.ID, err)
	}
	return codes, nil
}

// Disable turns two-step verification off after proof: a current code
// from the app or the account's password. The recovery codes go with it.
func (s *TwoStep) Disable(ctx context.Context, u *warta.User, proof string) error {
	err := s.Store.Update(ctx, func(tx warta.Tx) error {
		me, err := s.prove(ctx, tx, u, proof)
		if err != nil {
			return err
		}
		me.TOTPSecret = ""
		if err := tx.UpdateUser(ctx, me); err != nil {
			return err
		}
		if err := tx.ReplaceRecoveryCodes(ctx, u.ID, nil); err != nil {
			return err
		}
		return twoStepAudit(ctx, tx, u, "totp_off")
	})
	if err != nil {
		return fmt.Errorf("turn off two-step verification for user %d: %w", u.ID, err)
	}
	return nil
}

// RenewRecoveryCodes replaces u's recovery codes with new ones after proof
// (a current code or the password); the old ones stop working at once.
func (s *TwoStep) RenewRecoveryCodes(ctx context.Context, u *warta.User, proof string) ([]string, error) {
	codes, err := auth.NewRecoveryCodes()
	if err != nil {
		return nil, err
	}
	err = s.Store.Update(ctx, func(tx warta.Tx) error {
		if _, err := s.prove(ctx, tx, u, proof); err != nil {
			return err
		}
		if err := tx.ReplaceRecoveryCodes(ctx, u.ID, recoveryHashes(u.ID, codes)); err != nil {
			return err
		}
		return twoStepAudit(ctx, tx, u, "recovery_codes_renew")
	})
	if err != nil {
		return nil, fmt.Errorf("renew recovery codes of user %d: %w", u.ID, err)
	}
	return codes, nil
}

// RecoveryCodesLeft returns how many of u's recovery codes are unused.
func (s *TwoStep) RecoveryCodesLeft(ctx context.Context, u *warta.User) (int, error) {
	var n int
	err := s.Store.View(ctx, func(tx warta.ReadTx) error {
		var err error
		n, err = tx.CountRecoveryCodes(ctx, u.ID)
		return err
	})
	return n, err
}

// Verify is the second step of a sign-in, for a user whose password was
// right and who has two-step verification on: code is a six-digit code
// from the app, good once, or one of the recovery codes, good once. Each
// failure has its own unauthorized error, so the form can say what was
// wrong; the caller counts them towards its sign-in limits.
func (s *TwoStep) Verify(ctx context.Context, u *warta.User, code string) error {
	code = strings.TrimSpace(code)
	switch {
	case u.TOTPSecret == "":
		return errTwoStepIsOff
	case code == "":
		return errCodeMissing
	case len(code) > maxProofLength:
		return errWrongCode
	case auth.IsRecoveryCode(code):
		return s.Store.Update(ctx, func(tx warta.Tx) error {
			err := tx.UseRecoveryCode(ctx, u.ID, auth.RecoveryHash(u.ID, code))
			switch warta.ErrorCode(err) {
			case "":
				return twoStepAudit(ctx, tx, u, "recovery_code_used")
			case warta.ENOTFOUND:
				return errWrongCode
			case warta.ECONFLICT:
				return errRecoveryUsed
			}
			return err
		})
	}
	step, ok := auth.MatchTOTP(u.TOTPSecret, code, s.now())
	if !ok {
		return errWrongCode
	}
	return s.Store.Update(ctx, func(tx warta.Tx) error {
		fresh, err := tx.ClaimTOTPStep(ctx, u.ID, step)
		if err == nil && !fresh {
			err = errCodeUsed
		}
		return err
	})
}

// prove checks that proof is a current code (not used before) or the
// password of u, and returns the account as stored.
func (s *TwoStep) prove(ctx context.Context, tx warta.Tx, u *warta.User, proof string) (*warta.User, error) {
	me, err := tx.FindUserByID(ctx, u.ID)
	if err != nil {
		return nil, err
	}
	if me.TOTPSecret == "" {
		return nil, errTwoStepIsOff
	}
	if len(proof) > maxProofLength || proof == "" {
		return nil, errProof
	}
	if step, ok := auth.MatchTOTP(me.TOTPSecret, proof, s.now()); ok {
		fresh, err := tx.ClaimTOTPStep(ctx, u.ID, step)
		if err != nil {
			return nil, err
		}
		if !fresh {
			return nil, errCodeUsed
		}
		return me, nil
	}
	ok, _, err := auth.VerifyPasswordContext(ctx, proof, me.PasswordHash)
	if errors.Is(err, auth.ErrBusy) {
		return nil, err // nothing was checked: not a wrong proof
	}
	if !ok {
		return nil, errProof
	}
	return me, nil
}

func recoveryHashes(userID int64, codes []string) []string {
	hashes := make([]string, len(codes))
	for i, c := range codes {
		hashes[i] = auth.RecoveryHash(userID, c)
	}
	return hashes
}

func twoStepAudit(ctx context.Context, tx warta.Tx, u *warta.User, action string) error {
	return tx.AddAudit(ctx, &warta.AuditEntry{UserID: u.ID, Action: action, Subject: fmt.Sprintf("user:%d", u.ID)})
}
